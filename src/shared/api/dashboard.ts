import { z } from "zod";

const count = z.number().int().min(0);

export const Dashboard = z
  .object({
    clients: z.object({
      active: count.meta({ description: "Clients that are not archived." }),
      linkedToXero: count.meta({ description: "Of the active clients, those linked to a Xero contact." }),
    }),
    lastImport: z
      .object({
        id: z.uuid(),
        finishedAt: z.iso.datetime(),
        organisation: z
          .string()
          .nullable()
          .meta({ description: "The Xero organisation, if still connected." }),
        created: count,
        updated: count,
        unchanged: count,
        failed: count,
      })
      .nullable()
      .meta({ description: "The last client import from Xero that finished; null before the first." }),
  })
  .meta({ id: "Dashboard", description: "The firm's numbers at a glance." });
export type Dashboard = z.infer<typeof Dashboard>;
