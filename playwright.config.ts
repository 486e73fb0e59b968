import { defineConfig } from "@playwright/test";
import { freePort } from "./e2e/support/free-port.js";

// Chosen once, in the runner; the workers inherit it through the environment.
process.env.KONTOR_E2E_PORT ??= process.env.E2E_PORT ?? String(await freePort(3200, 3299));
const baseURL = `http://localhost:${process.env.KONTOR_E2E_PORT}`;

/**
 * Browser tests on the machine's Chromium (its own download cannot work here). The global setup
 * starts Kontor on a fresh database for the run: PGlite in a temporary data directory, or a new
 * PostgreSQL database when TEST_DATABASE_URL is set.
 */
export default defineConfig({
  testDir: "e2e",
  // import.spec holds the sandbox's next /Contacts call to watch the import's progress. Connecting
  // Xero starts an import (xero.spec, invoices.spec), which would read contacts too: those run
  // first, alongside the rest, and the import test after them.
  projects: [
    { name: "connect-xero", testMatch: /(xero|invoices)\.spec\.ts/ },
    { name: "import", testMatch: /import\.spec\.ts/, dependencies: ["connect-xero"] },
    { name: "others", testIgnore: /(xero|invoices|import)\.spec\.ts/ },
  ],
  globalSetup: "./e2e/support/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Each test is a whole user journey (Xero's login and consent, background jobs) on two cores
  // shared by two browsers and the server: a slow moment of the machine must not fail it (a page
  // after Xero's redirect was seen taking 12 s to render on a machine loaded twentyfold).
  timeout: 150_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL,
    browserName: "chromium",
    viewport: { width: 1280, height: 800 },
    locale: "en-GB",
    timezoneId: "Europe/Tallinn",
    permissions: ["clipboard-read", "clipboard-write"],
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    video: "off",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
});
