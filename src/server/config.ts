import path from "node:path";
import { z } from "zod";

const port = z.coerce.number().int().min(0).max(65535);
const url = z.url({ protocol: /^https?$/ });

/** "kontor@example.com" or "Kontor <kontor@example.com>". */
const mailbox = z.string().refine((value) => {
  const address = /^[^<>]*<([^<>]+)>$/.exec(value.trim())?.[1] ?? value.trim();
  return z.email().safeParse(address).success;
}, "must be an e-mail address, optionally with a name: Kontor <kontor@example.com>");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORT: port.default(3000),
    HOST: z.string().min(1).default("0.0.0.0"),
    DATA_DIR: z.string().min(1).default("./data"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
    PUBLIC_URL: url.optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    TRUST_PROXY: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    ENCRYPTION_KEY: z
      .string()
      .refine(
        (v) => Buffer.from(v, "base64").length === 32,
        "must be 32 bytes, base64-encoded (openssl rand -base64 32)",
      )
      .optional(),
    XERO_CLIENT_ID: z.string().min(1).optional(),
    XERO_CLIENT_SECRET: z.string().min(1).optional(),
    XERO_ISSUER_URL: url.optional(),
    XERO_API_URL: url.optional(),
    XERO_REDIRECT_URI: url.optional(),
    XERO_INVOICE_SCOPE: z.enum(["granular", "broad"]).default("granular"),
    XERO_SANDBOX_PORT: port.default(4599),
    SUPPORT_EMAIL: z.email("must be an e-mail address, e.g. support@example.com").optional(),
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
    MAIL_FROM: mailbox.optional(),
  })
  .refine((env) => !env.XERO_CLIENT_ID === !env.XERO_CLIENT_SECRET, {
    message:
      "set both XERO_CLIENT_ID and XERO_CLIENT_SECRET, or neither (then the bundled Xero sandbox is used)",
    path: ["XERO_CLIENT_SECRET"],
  })
  .refine((env) => !env.SMTP_URL || env.MAIL_FROM, {
    message: "set MAIL_FROM (the sender of Kontor's mail) with SMTP_URL",
    path: ["MAIL_FROM"],
  })
  .transform((env) => ({
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
    logLevel: env.LOG_LEVEL,
    sessionDays: env.SESSION_DAYS,
    trustProxy: env.TRUST_PROXY,
    encryptionKey: env.ENCRYPTION_KEY,
    supportEmail: env.SUPPORT_EMAIL ?? null,
    xero: {
      credentials:
        env.XERO_CLIENT_ID && env.XERO_CLIENT_SECRET
          ? { clientId: env.XERO_CLIENT_ID, clientSecret: env.XERO_CLIENT_SECRET }
          : null,
      issuerUrl: env.XERO_ISSUER_URL?.replace(/\/+$/, ""),
      apiUrl: env.XERO_API_URL?.replace(/\/+$/, ""),
      redirectUri:
        env.XERO_REDIRECT_URI ??
        `${(env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "")}/api/integrations/xero/callback`,
      invoiceScope: env.XERO_INVOICE_SCOPE,
      sandboxPort: env.XERO_SANDBOX_PORT,
    },
    mail: {
      /** Without it mail goes to the Outbox, which the company's Owner and Admins read in Kontor. */
      smtpUrl: env.SMTP_URL ?? null,
      from: env.MAIL_FROM ?? `Kontor <kontor@${new URL(env.PUBLIC_URL ?? "http://localhost").hostname}>`,
    },
  }));

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {}

/** Reads the environment once; a bad value stops start-up with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blanksRemoved = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ""),
  );
  const parsed = schema.safeParse(blanksRemoved);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
