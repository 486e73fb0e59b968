import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client.js";
import { outboxMessages } from "../../db/schema/outbox.js";
import type { Clock } from "../../lib/clock.js";
import type { SecretBox } from "../../lib/crypto.js";
import type { Mailer, MailMessage } from "../../lib/mail/mailer.js";

type Body = Pick<MailMessage, "text" | "html">;

const context = (id: string) => `outbox:${id}`;

export function sealBody(box: SecretBox, id: string, body: Body): string {
  return box.seal(JSON.stringify({ text: body.text, html: body.html }), context(id));
}

export function openBody(box: SecretBox, id: string, sealed: string): Body {
  return JSON.parse(box.open(sealed, context(id))) as Body;
}

/** Without an SMTP server mail is kept in the database, for the company's Owner and Admins to read. */
export function createOutboxMailer({ db, box, clock }: { db: Db; box: SecretBox; clock: Clock }): Mailer {
  return {
    delivery: "outbox",
    send: async (message, owner) => {
      const id = randomUUID();
      await db.insert(outboxMessages).values({
        id,
        companyId: owner.companyId,
        userId: owner.userId ?? null,
        toAddress: message.to,
        subject: message.subject,
        sealedBody: sealBody(box, id, message),
        createdAt: clock.now(),
      });
    },
  };
}
