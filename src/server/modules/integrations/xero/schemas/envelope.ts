import { z } from "zod";

/** Xero's `pagination` object on paged lists. */
export const XeroPagination = z.object({
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  pageCount: z.number().int().min(0),
  itemCount: z.number().int().min(0),
});
export type XeroPagination = z.infer<typeof XeroPagination>;
