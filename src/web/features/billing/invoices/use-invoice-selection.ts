import { useEffect, useState } from "react";
import type { InvoiceListItem } from "../../../../shared/api/invoices.js";

/**
 * The invoices ticked in the list, kept with what the list showed of them (their status decides
 * which bulk actions apply). A change of filter clears it: what was ticked may no longer show.
 */
export function useInvoiceSelection(filterKey: string) {
  const [picked, setPicked] = useState<ReadonlyMap<string, InvoiceListItem>>(new Map());
  const [allMatching, setAllMatching] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: cleared whenever the filters change
  useEffect(() => {
    setPicked(new Map());
    setAllMatching(false);
  }, [filterKey]);

  return {
    items: [...picked.values()],
    count: picked.size,
    /** Every invoice the filter finds is ticked (fetched for it), not only those on screen. */
    allMatching,
    has: (id: string) => picked.has(id),
    toggle(invoice: InvoiceListItem) {
      setAllMatching(false);
      setPicked((current) => {
        const next = new Map(current);
        if (next.has(invoice.id)) next.delete(invoice.id);
        else next.set(invoice.id, invoice);
        return next;
      });
    },
    /** The page's invoices ticked, or (when all were) unticked. */
    togglePage(page: InvoiceListItem[]) {
      setAllMatching(false);
      setPicked((current) => {
        const every = page.every((invoice) => current.has(invoice.id));
        const next = new Map(current);
        for (const invoice of page) {
          if (every) next.delete(invoice.id);
          else next.set(invoice.id, invoice);
        }
        return next;
      });
    },
    selectAllMatching(invoices: InvoiceListItem[]) {
      setPicked(new Map(invoices.map((invoice) => [invoice.id, invoice])));
      setAllMatching(true);
    },
    clear() {
      setPicked(new Map());
      setAllMatching(false);
    },
  };
}
export type InvoiceSelection = ReturnType<typeof useInvoiceSelection>;
