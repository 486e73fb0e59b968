import { z } from "zod";

export const OutboxMessage = z
  .object({
    id: z.uuid(),
    to: z.string(),
    subject: z.string(),
    text: z.string().meta({ description: "The mail's plain text, with its links." }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "OutboxMessage" });
export type OutboxMessage = z.infer<typeof OutboxMessage>;

export const MAIL_DELIVERIES = ["smtp", "outbox"] as const;

export const Outbox = z
  .object({
    delivery: z.enum(MAIL_DELIVERIES).meta({
      description:
        "`outbox`: no SMTP server is set, so Kontor keeps its mail here; `smtp`: mail is sent and the Outbox stays empty.",
    }),
    messages: z.array(OutboxMessage).meta({ description: "The newest 100, newest first." }),
  })
  .meta({ id: "Outbox" });
export type Outbox = z.infer<typeof Outbox>;
