import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies.js";
import { users } from "./users.js";

/**
 * Mail Kontor would have sent when no SMTP server is set (the default, and demo mode), for the
 * company's Owner and Admins to read. The body carries links that sign in or join: it is sealed
 * (AES-256-GCM, like OAuth tokens), so a copy of the database alone does not give them away.
 */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    /** The account the mail is about (a password reset, an e-mail change); none for an invite. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    sealedBody: text("sealed_body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("outbox_messages_company_idx").on(t.companyId, t.createdAt)],
);
