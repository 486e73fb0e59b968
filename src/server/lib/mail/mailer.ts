/** One e-mail: plain text always (it carries the links), HTML optionally. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * Whose mail it is: the company whose Outbox shows it, and the account it is about (a password
 * reset, an e-mail change), which the Outbox hides from those who could use it to take that
 * account over.
 */
export interface MailOwner {
  companyId: string;
  userId?: string | null;
}

/** How Kontor's mail leaves it: through an SMTP server, or into the Outbox read in Kontor. */
export type MailDelivery = "smtp" | "outbox";

/** A way to send mail; the caller does not know which. Throws when the mail was not taken. */
export interface Mailer {
  readonly delivery: MailDelivery;
  send(message: MailMessage, owner: MailOwner): Promise<void>;
  /** Lets go of its connections (SMTP), when Kontor stops. */
  close?(): void;
}
