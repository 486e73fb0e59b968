import { z } from "zod";

const TopicName = z
  .string({ error: "Name the topic." })
  .trim()
  .min(1, "Name the topic.")
  .max(100, "Use at most 100 characters.");

export const Topic = z
  .object({
    id: z.uuid(),
    name: z.string(),
    billable: z.boolean().meta({ description: "Time on this topic is billable unless said otherwise." }),
    archived: z.boolean().meta({ description: "Kept on tasks that have it; not offered for new ones." }),
  })
  .meta({ id: "Topic" });
export type Topic = z.infer<typeof Topic>;

export const TopicList = z.object({ items: z.array(Topic) }).meta({ id: "TopicList" });
export type TopicList = z.infer<typeof TopicList>;

export const CreateTopicBody = z
  .object({ name: TopicName, billable: z.boolean().default(true) })
  .meta({ id: "CreateTopicBody" });
export type CreateTopicBody = z.infer<typeof CreateTopicBody>;

export const UpdateTopicBody = z
  .object({ name: TopicName, billable: z.boolean(), archived: z.boolean() })
  .partial()
  .meta({ id: "UpdateTopicBody", description: "The fields to change." });
export type UpdateTopicBody = z.infer<typeof UpdateTopicBody>;

/** A new company's topics: the work most accounting firms do every month or year. */
export const DEFAULT_TOPICS: readonly { name: string; billable: boolean }[] = [
  { name: "Bookkeeping", billable: true },
  { name: "VAT return", billable: true },
  { name: "Payroll", billable: true },
  { name: "Annual report", billable: true },
  { name: "Consulting", billable: true },
  { name: "Internal", billable: false },
];
