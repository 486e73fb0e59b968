import { z } from "zod";

const FieldName = z
  .string({ error: "Name the field." })
  .trim()
  .min(1, "Name the field.")
  .max(100, "Use at most 100 characters.");

export const TaskField = z
  .object({ id: z.uuid(), name: z.string() })
  .meta({ id: "TaskField", description: "A number the company counts on its tasks, e.g. Sales invoices." });
export type TaskField = z.infer<typeof TaskField>;

export const TaskFieldList = z
  .object({ items: z.array(TaskField) })
  .meta({ id: "TaskFieldList", description: "By name." });
export type TaskFieldList = z.infer<typeof TaskFieldList>;

export const TaskFieldBody = z.object({ name: FieldName }).meta({ id: "TaskFieldBody" });
export type TaskFieldBody = z.infer<typeof TaskFieldBody>;

/** A field's value: a decimal with at most 2 places, or null for none. */
export const TaskFieldValue = z
  .string({ error: "Enter a number, e.g. 120 or 12.50." })
  .trim()
  .regex(/^-?\d{1,12}(\.\d{1,2})?$/, "Enter a number with at most 2 decimals, e.g. 120 or 12.50.")
  .nullable()
  .meta({ example: "120" });
