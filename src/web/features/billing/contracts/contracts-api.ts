import { useMutation, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import {
  AppliedTemplate,
  Contract,
  type ContractBody,
  ContractTemplate,
  type ContractTemplateBody,
  type UpdateContractTemplateBody,
} from "../../../../shared/api/contracts.js";
import { api } from "../../../lib/api.js";
import { queryClient } from "../../../lib/query-client.js";
import { queryKeys } from "../../../lib/query-keys.js";

/** Contracts and templates load again: a template's change reaches its clients, a saved contract leaves its template. */
function refreshContracts() {
  return queryClient.invalidateQueries({ queryKey: queryKeys.contracts });
}

/** A client's contract; a client without one has no lines yet. Only asked for when Billing is on. */
export function useContract(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.contract(clientId),
    queryFn: () => api.get(`/clients/${clientId}/contract`, Contract),
    enabled,
  });
}

export function useSaveContract(clientId: string) {
  return useMutation({
    mutationFn: (body: ContractBody) => api.put(`/clients/${clientId}/contract`, body, Contract),
    onSuccess: (contract) => {
      queryClient.setQueryData(queryKeys.contract(clientId), contract);
      void refreshContracts();
    },
  });
}

export function useContractTemplates(enabled = true) {
  return useQuery({
    queryKey: queryKeys.contractTemplates,
    queryFn: () => api.get("/billing/contract-templates", z.array(ContractTemplate)),
    enabled,
  });
}

export function useCreateContractTemplate() {
  return useMutation({
    mutationFn: (body: ContractTemplateBody) =>
      api.post("/billing/contract-templates", body, ContractTemplate),
    onSuccess: refreshContracts,
  });
}

export function useUpdateContractTemplate() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateContractTemplateBody }) =>
      api.patch(`/billing/contract-templates/${id}`, body, ContractTemplate),
    onSuccess: refreshContracts,
  });
}

export function useDeleteContractTemplate() {
  return useMutation({
    mutationFn: (id: string) => api.delete(`/billing/contract-templates/${id}`),
    onSuccess: refreshContracts,
  });
}

/** Gives clients the template's contract, replacing theirs; answers how many follow it now. */
export function useApplyContractTemplate() {
  return useMutation({
    mutationFn: ({ id, clientIds }: { id: string; clientIds: string[] }) =>
      api.post(`/billing/contract-templates/${id}/apply`, { clientIds }, AppliedTemplate),
    onSuccess: refreshContracts,
  });
}
