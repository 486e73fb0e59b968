import { desc, eq, isNull, ne, or } from "drizzle-orm";
import type { Outbox } from "../../../shared/api/outbox.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { outboxMessages } from "../../db/schema/outbox.js";
import { users } from "../../db/schema/users.js";
import type { SecretBox } from "../../lib/crypto.js";
import type { MailDelivery } from "../../lib/mail/mailer.js";
import { openBody } from "./outbox-mailer.js";

const LIMIT = 100;

/**
 * The company's kept mail, newest first. Mail about the Company Owner's account (a password
 * reset link) is shown to the Owner alone: an Admin reading it could take the Owner's place.
 */
export async function listOutbox(
  scope: CompanyScope,
  { box, delivery, readerId }: { box: SecretBox; delivery: MailDelivery; readerId: string },
): Promise<Outbox> {
  const rows = await scope.db
    .select({ message: outboxMessages })
    .from(outboxMessages)
    .leftJoin(users, eq(users.id, outboxMessages.userId))
    .where(
      scope.where(
        outboxMessages,
        or(isNull(outboxMessages.userId), eq(outboxMessages.userId, readerId), ne(users.role, "owner")),
      ),
    )
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(LIMIT);
  return {
    delivery,
    messages: rows.map(({ message }) => ({
      id: message.id,
      to: message.toAddress,
      subject: message.subject,
      text: openBody(box, message.id, message.sealedBody).text,
      createdAt: message.createdAt.toISOString(),
    })),
  };
}
