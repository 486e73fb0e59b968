import { randomUUID } from "node:crypto";
import type { Deps } from "../../app-env.js";
import type { MailMessage, MailOwner } from "../../lib/mail/mailer.js";

export const MAIL_QUEUE = "mail.send";
/** Retried with a doubling wait from 15 s: the last try is about one to two hours after the first. */
export const MAIL_ATTEMPTS = 9;
const RETRY_DELAY_SECONDS = 15;

/** What a mail job carries: the message sealed, since its links sign in or let someone join. */
export interface MailJob {
  id: string;
  /** What the mail is, for the log: "invite", "password reset"… */
  kind: string;
  sealed: string;
}

type Sealed = MailMessage & MailOwner;

const context = (id: string) => `mail:${id}`;

/**
 * Sends a mail without holding up or failing the request: into the Outbox at once, or as a
 * background job that retries while the SMTP server cannot take it. A mail that cannot even be
 * queued is logged (never its text) and answered with false.
 */
export async function sendMail(
  deps: Pick<Deps, "mailer" | "jobs" | "box" | "logger">,
  kind: string,
  message: MailMessage,
  owner: MailOwner,
): Promise<boolean> {
  try {
    if (deps.mailer.delivery === "outbox") {
      await deps.mailer.send(message, owner);
    } else {
      const id = randomUUID();
      const sealed = deps.box.seal(JSON.stringify({ ...message, ...owner } satisfies Sealed), context(id));
      await deps.jobs.send<MailJob>(
        MAIL_QUEUE,
        { id, kind, sealed },
        { retryLimit: MAIL_ATTEMPTS - 1, retryDelaySeconds: RETRY_DELAY_SECONDS },
      );
    }
    deps.logger.info({ mail: kind, delivery: deps.mailer.delivery }, "mail queued");
    return true;
  } catch (error) {
    deps.logger.error({ err: error, mail: kind }, "mail could not be queued");
    return false;
  }
}

/** The job: hands the mail to the SMTP server; a failure is retried by the queue, the last one logged as such. */
export async function deliverMail(
  deps: Pick<Deps, "mailer" | "box" | "logger">,
  job: MailJob,
  attempt: number,
): Promise<void> {
  const { companyId, userId, ...message } = JSON.parse(deps.box.open(job.sealed, context(job.id))) as Sealed;
  try {
    await deps.mailer.send(message, { companyId, userId });
  } catch (error) {
    const last = attempt >= MAIL_ATTEMPTS;
    deps.logger[last ? "error" : "warn"](
      { err: error, mail: job.kind, attempt },
      last ? "mail could not be sent; gave up" : "mail could not be sent; will try again",
    );
    throw error;
  }
  deps.logger.info({ mail: job.kind, attempt }, "mail sent");
}
