import { z } from "zod";

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ example: "validation_failed" }),
      message: z.string().meta({ example: "Some fields need attention." }),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: "Error", description: "Every error answer has this shape." });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** A field error as listed in `details` of a `validation_failed` answer. */
export const FieldError = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldError>;

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "An e-mail address has at most 254 characters.")
  .pipe(z.email({ message: "Enter a valid e-mail address." }))
  .meta({ example: "maria@example.com" });

export const Password = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.")
  .meta({ example: "correct horse battery" });

export const PersonName = z
  .string()
  .trim()
  .min(1, "Enter a name.")
  .max(200, "Use at most 200 characters.")
  .meta({ example: "Maria Tamm" });

export const IdParam = z.object({ id: z.uuid({ message: "Not a valid id." }) });
