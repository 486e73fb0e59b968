import { describe, expect, it } from "vitest";
import type { Support } from "../../../shared/api/support.js";
import { ConfigError, loadConfig } from "../../config.js";
import { setupTestApp } from "../../test/test-app.js";

const t = setupTestApp();

describe("Kontor's support address", () => {
  it("is SUPPORT_EMAIL, answered to anyone, signed in or not", async () => {
    t.deps.config = { ...t.deps.config, supportEmail: "help@kontor.example" };
    const anonymous = await t.agent().get<Support>("/api/support");
    expect(anonymous).toMatchObject({ status: 200, body: { email: "help@kontor.example" } });
    const owner = await t.signUp();
    expect((await owner.get<Support>("/api/support")).body).toEqual({ email: "help@kontor.example" });
  });

  it("is null when none is set", async () => {
    expect((await t.agent().get<Support>("/api/support")).body).toEqual({ email: null });
  });

  it("must be an e-mail address: anything else stops start-up naming the variable", () => {
    expect(loadConfig({ SUPPORT_EMAIL: "help@kontor.example" }).supportEmail).toBe("help@kontor.example");
    expect(loadConfig({ SUPPORT_EMAIL: "" }).supportEmail).toBeNull();
    expect(() => loadConfig({ SUPPORT_EMAIL: "ask Maria" })).toThrow(ConfigError);
    expect(() => loadConfig({ SUPPORT_EMAIL: "ask Maria" })).toThrow(
      /SUPPORT_EMAIL: must be an e-mail address/,
    );
  });
});
