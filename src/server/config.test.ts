import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("mail configuration", () => {
  it("keeps mail in the Outbox without SMTP_URL", () => {
    const config = loadConfig({ PUBLIC_URL: "https://kontor.example.com" });
    expect(config.mail).toEqual({ smtpUrl: null, from: "Kontor <kontor@kontor.example.com>" });
  });

  it("sends through SMTP_URL from MAIL_FROM", () => {
    const config = loadConfig({
      SMTP_URL: "smtps://kontor:secret@smtp.example.com:465",
      MAIL_FROM: "Tamm & Partners <office@tamm.example>",
    });
    expect(config.mail).toEqual({
      smtpUrl: "smtps://kontor:secret@smtp.example.com:465",
      from: "Tamm & Partners <office@tamm.example>",
    });
  });

  it.each([
    [{ SMTP_URL: "http://smtp.example.com" }, "SMTP_URL: must be an smtp:// or smtps:// URL"],
    [
      { SMTP_URL: "smtp://smtp.example.com" },
      "MAIL_FROM: set MAIL_FROM (the sender of Kontor's mail) with SMTP_URL",
    ],
    [
      { SMTP_URL: "smtp://smtp.example.com", MAIL_FROM: "Kontor <not an address>" },
      "MAIL_FROM: must be an e-mail address, optionally with a name: Kontor <kontor@example.com>",
    ],
  ])("stops start-up naming the variable: %o", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
