import { z } from "zod";

/** Xero's `pagination` object on paged lists. */
export const XeroPagination = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  itemCount: z.number().int(),
});

/** `{ Id, Status, ProviderName, DateTimeUTC, <Collection>: [...], pagination? }`. */
export function xeroList<K extends string, T extends z.ZodType>(collection: K, item: T) {
  return z.object({
    [collection]: z.array(item).default([]),
    pagination: XeroPagination.optional(),
  } as { [P in K]: z.ZodDefault<z.ZodArray<T>> } & { pagination: z.ZodOptional<typeof XeroPagination> });
}
