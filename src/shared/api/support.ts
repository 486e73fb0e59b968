import { z } from "zod";

export const Support = z
  .object({
    email: z.email().nullable().meta({
      example: "support@example.com",
      description:
        "Where users reach the people who run this Kontor, e.g. to change a plan (`SUPPORT_EMAIL`); null when none is set.",
    }),
  })
  .meta({ id: "Support" });
export type Support = z.infer<typeof Support>;
