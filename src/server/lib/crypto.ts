import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Logger } from "./logger.js";

const VERSION = "v1";

/**
 * AES-256-GCM for secrets at rest (OAuth tokens). `context` is bound as associated data, so a
 * ciphertext copied into another row (another grant, another column) does not decrypt.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error("The encryption key must be 32 bytes.");
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    cipher.setAAD(Buffer.from(context));
    const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    return [
      VERSION,
      iv.toString("base64"),
      cipher.getAuthTag().toString("base64"),
      data.toString("base64"),
    ].join(":");
  }

  open(sealed: string, context: string): string {
    const [version, iv, tag, data] = sealed.split(":");
    if (version !== VERSION || !iv || !tag || data === undefined) throw new Error("Not a sealed secret.");
    const decipher = createDecipheriv("aes-256-gcm", this.key, Buffer.from(iv, "base64"));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, "base64"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64")), decipher.final()]).toString("utf8");
  }
}

const KEY_FILE = "encryption.key";

/** The configured key, or a development key generated once into the data directory. */
export function loadSecretBox(configured: string | undefined, dataDir: string, logger: Logger): SecretBox {
  if (configured) return new SecretBox(Buffer.from(configured, "base64"));
  const file = path.join(dataDir, KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString("base64"), { flag: "wx", mode: 0o600 });
      logger.warn(
        { file },
        "ENCRYPTION_KEY is not set: generated a development key; set ENCRYPTION_KEY in production",
      );
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  const key = Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64");
  return new SecretBox(key);
}
