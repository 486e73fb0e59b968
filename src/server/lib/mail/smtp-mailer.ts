import { createTransport } from "nodemailer";
import type { Mailer } from "./mailer.js";

/**
 * Sends through the SMTP server of `url` (smtp:// or smtps://, with user and password in it when
 * the server wants them). Sending happens in a background job, so a slow or absent server costs
 * a job a few seconds, never a request: the timeouts only keep a dead server from holding a job.
 */
export function createSmtpMailer({ url, from }: { url: string; from: string }): Mailer & { close(): void } {
  const transport = createTransport(
    { url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 },
    { from },
  );
  return {
    delivery: "smtp",
    send: async ({ to, subject, text, html }) => {
      await transport.sendMail({ to, subject, text, ...(html ? { html } : {}) });
    },
    close: () => transport.close(),
  };
}
