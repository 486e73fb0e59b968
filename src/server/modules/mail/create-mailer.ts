import type { Config } from "../../config.js";
import type { Db } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import type { SecretBox } from "../../lib/crypto.js";
import type { Mailer } from "../../lib/mail/mailer.js";
import { createSmtpMailer } from "../../lib/mail/smtp-mailer.js";
import { createOutboxMailer } from "./outbox-mailer.js";

/** SMTP when SMTP_URL is set; otherwise the Outbox. */
export function createMailer(config: Config, parts: { db: Db; box: SecretBox; clock: Clock }): Mailer {
  const { smtpUrl, from } = config.mail;
  return smtpUrl ? createSmtpMailer({ url: smtpUrl, from }) : createOutboxMailer(parts);
}
