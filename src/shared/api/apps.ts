import { z } from "zod";
import { APPS } from "../apps.js";

export const AppState = z
  .object({
    app: z.enum(APPS),
    enabled: z.boolean(),
    available: z.boolean().meta({ description: "Whether the company's plan includes the app." }),
    reason: z
      .string()
      .optional()
      .meta({ description: "Why the app is not available, in words for the user." }),
  })
  .meta({ id: "AppState" });
export type AppState = z.infer<typeof AppState>;

export const AppParam = z.object({
  app: z.enum(APPS, { message: `Unknown app. Known apps: ${APPS.join(", ")}.` }),
});
