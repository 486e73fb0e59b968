import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSecretBox, SecretBox } from "./crypto.js";
import { createLogger } from "./logger.js";

describe("SecretBox", () => {
  const box = new SecretBox(randomBytes(32));

  it("round-trips a secret and never stores it in the clear", () => {
    const sealed = box.seal("refresh-token-value", "grant:1:refresh");
    expect(sealed).not.toContain("refresh-token-value");
    expect(box.seal("refresh-token-value", "grant:1:refresh")).not.toBe(sealed);
    expect(box.open(sealed, "grant:1:refresh")).toBe("refresh-token-value");
  });

  it("refuses a ciphertext moved to another row, a tampered one, or another key", () => {
    const sealed = box.seal("secret", "grant:1:refresh");
    expect(() => box.open(sealed, "grant:2:refresh")).toThrow();
    const parts = sealed.split(":");
    parts[3] = Buffer.from("tampered").toString("base64");
    expect(() => box.open(parts.join(":"), "grant:1:refresh")).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed, "grant:1:refresh")).toThrow();
  });

  it("generates a development key once into the data directory, readable only by its owner", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kontor-key-"));
    const logger = createLogger("silent");
    const first = loadSecretBox(undefined, dir, logger);
    const sealed = first.seal("x", "c");
    expect(loadSecretBox(undefined, dir, logger).open(sealed, "c")).toBe("x");
    expect(fs.statSync(path.join(dir, "encryption.key")).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true });
  });
});
