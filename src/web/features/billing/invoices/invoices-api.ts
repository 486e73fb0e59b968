import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { ClientList } from "../../../../shared/api/clients.js";
import {
  type CreateInvoiceBody,
  Invoice,
  InvoiceList,
  MatchingInvoices,
  type UpdateInvoiceBody,
} from "../../../../shared/api/invoices.js";
import { api } from "../../../lib/api.js";
import { queryClient } from "../../../lib/query-client.js";
import { queryKeys } from "../../../lib/query-keys.js";
import { apiQuery, filterQuery, type InvoiceListParams } from "./invoice-list-params.js";

/** One page of All invoices; the previous page stays on screen while the next one loads. */
export function useInvoiceList(params: InvoiceListParams) {
  const query = apiQuery(params);
  return useQuery({
    queryKey: queryKeys.invoiceList(query),
    queryFn: () => api.get(`/invoices?${query}`, InvoiceList),
    placeholderData: keepPreviousData,
  });
}

/** Every invoice the list's filters find (for "select all that match"), at most 5,000. */
export function fetchMatchingInvoices(params: InvoiceListParams): Promise<MatchingInvoices> {
  return api.get(`/invoices/matching?${filterQuery(params)}`, MatchingInvoices);
}

/** The CSV of every invoice the list's filters find, in its order; the browser downloads it. */
export function csvHref(params: InvoiceListParams): string {
  return `/api/invoices.csv?${filterQuery(params)}`;
}

/** The invoice's PDF: shown in the browser, or saved as a file. */
export function pdfHref(id: string, { download = false } = {}): string {
  return `/api/invoices/${id}/pdf${download ? "?download=1" : ""}`;
}

export function useInvoice(id: string | null) {
  return useQuery({
    queryKey: queryKeys.invoice(id ?? ""),
    queryFn: () => api.get(`/invoices/${id}`, Invoice),
    enabled: Boolean(id),
  });
}

/** Clients for the invoice's client picker: the first 20 active ones that match. */
export function useClientChoices(search: string) {
  const query = new URLSearchParams({ status: "active", sort: "name", pageSize: "20" });
  if (search.trim()) query.set("q", search.trim());
  return useQuery({
    queryKey: queryKeys.clientList({ picker: query.toString() }),
    queryFn: () => api.get(`/clients?${query}`, ClientList),
    placeholderData: keepPreviousData,
  });
}

/** After a change: the invoice shows the answer at once, and every list loads again. */
function saved(invoice: Invoice): void {
  queryClient.setQueryData(queryKeys.invoice(invoice.id), invoice);
  void queryClient.invalidateQueries({ queryKey: [...queryKeys.invoices, "list"] });
}

export function useCreateInvoice() {
  return useMutation({
    mutationFn: (input: CreateInvoiceBody) => api.post("/invoices", input, Invoice),
    onSuccess: saved,
  });
}

export function useUpdateInvoice(id: string) {
  return useMutation({
    mutationFn: (input: UpdateInvoiceBody) => api.patch(`/invoices/${id}`, input, Invoice),
    onSuccess: saved,
  });
}

export function issueInvoice(id: string): Promise<Invoice> {
  return api.post(`/invoices/${id}/issue`, undefined, Invoice).then((invoice) => {
    saved(invoice);
    return invoice;
  });
}

export async function deleteInvoice(id: string): Promise<void> {
  await api.delete(`/invoices/${id}`);
  queryClient.removeQueries({ queryKey: queryKeys.invoice(id) });
  void queryClient.invalidateQueries({ queryKey: [...queryKeys.invoices, "list"] });
}

/**
 * Issue or delete one of many (a bulk action): nothing is refreshed per invoice, the caller
 * refreshes once with refreshInvoices when all are done.
 */
export const bulkActions = {
  issue: (id: string) => api.post(`/invoices/${id}/issue`, undefined, Invoice),
  delete: (id: string) => api.delete(`/invoices/${id}`),
};

/** Several invoices' PDFs in one ZIP file. */
export function downloadPdfsZip(ids: string[]): Promise<Blob> {
  return api.postForFile("/invoices/pdfs", { ids });
}

/** Every invoice list and open invoice loads again (after a bulk action). */
export function refreshInvoices(): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: queryKeys.invoices });
}

/** A credit note of all the invoice's lines, or of the chosen ones. */
export async function creditInvoice(id: string, lineIds?: string[]): Promise<Invoice> {
  const credit = await api.post(`/invoices/${id}/credit-note`, lineIds ? { lineIds } : {}, Invoice);
  saved(credit);
  void queryClient.invalidateQueries({ queryKey: queryKeys.invoice(id) });
  return credit;
}
