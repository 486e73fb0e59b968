import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import {
  type BulkClientsBody,
  BulkClientsResult,
  ClientContact,
  ClientDetail,
  ClientIds,
  ClientList,
  type CreateClientBody,
  type CreateContactBody,
  type UpdateClientBody,
  type UpdateContactBody,
} from "../../../shared/api/clients.js";
import { api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";
import { queryKeys } from "../../lib/query-keys.js";
import { apiQuery, type ClientListParams, filterQuery } from "./client-list-params.js";

/** One page of the client register; the previous page stays on screen while the next one loads. */
export function useClientList(params: ClientListParams) {
  const query = apiQuery(params);
  return useQuery({
    queryKey: queryKeys.clientList({ query }),
    queryFn: () => api.get(`/clients?${query}`, ClientList),
    placeholderData: keepPreviousData,
  });
}

/** Every client the list's filters find (for "select all N matching"), at most 10,000. */
export function fetchMatchingIds(params: ClientListParams): Promise<ClientIds> {
  return api.get(`/clients/ids?${filterQuery(params)}`, ClientIds);
}

/** The CSV of every client the list's filters find, in its order; the browser downloads it. */
export function csvHref(params: ClientListParams): string {
  return `/api/clients.csv?${filterQuery(params)}`;
}

/** Archive or assign many clients at once; every list and card loads again after. */
export function useBulkClients() {
  return useMutation({
    mutationFn: (input: BulkClientsBody) => api.post("/clients/bulk", input, BulkClientsResult),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.clients }),
  });
}

export function useClient(id: string) {
  return useQuery({ queryKey: queryKeys.client(id), queryFn: () => api.get(`/clients/${id}`, ClientDetail) });
}

/** After any change: the card shows the answer at once, and every list loads again. */
function saved(client: ClientDetail): void {
  queryClient.setQueryData(queryKeys.client(client.id), client);
  void queryClient.invalidateQueries({ queryKey: [...queryKeys.clients, "list"] });
}

function reloadClient(id: string): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.clients });
  void queryClient.invalidateQueries({ queryKey: queryKeys.client(id) });
}

export function useCreateClient() {
  return useMutation({
    mutationFn: (input: CreateClientBody) => api.post("/clients", input, ClientDetail),
    onSuccess: saved,
  });
}

export function useUpdateClient(id: string) {
  return useMutation({
    mutationFn: (input: UpdateClientBody) => api.patch(`/clients/${id}`, input, ClientDetail),
    onSuccess: saved,
  });
}

export function useDeleteClient(id: string) {
  return useMutation({
    mutationFn: () => api.delete(`/clients/${id}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.client(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.clients });
    },
  });
}

/** People at a client: add, edit (or make primary) and remove; the card reloads after each. */
export function useAddPerson(clientId: string) {
  return useMutation({
    mutationFn: (input: CreateContactBody) => api.post(`/clients/${clientId}/contacts`, input, ClientContact),
    onSettled: () => reloadClient(clientId),
  });
}

export function useUpdatePerson(clientId: string) {
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateContactBody }) =>
      api.patch(`/clients/${clientId}/contacts/${id}`, input, ClientContact),
    onSettled: () => reloadClient(clientId),
  });
}

export function useRemovePerson(clientId: string) {
  return useMutation({
    mutationFn: (id: string) => api.delete(`/clients/${clientId}/contacts/${id}`),
    onSettled: () => reloadClient(clientId),
  });
}
