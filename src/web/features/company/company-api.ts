import { useMutation, useQuery } from "@tanstack/react-query";
import { Company, type UpdateCompanyBody } from "../../../shared/api/company.js";
import { api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";
import { queryKeys } from "../../lib/query-keys.js";

/** The company's settings: name, plan, when it joined Kontor and how many people it has. */
export function useCompany() {
  return useQuery({ queryKey: queryKeys.company, queryFn: () => api.get("/company", Company) });
}

export function useRenameCompany() {
  return useMutation({
    mutationFn: (input: UpdateCompanyBody) => api.patch("/company", input, Company),
    onSuccess: (company) => {
      queryClient.setQueryData(queryKeys.company, company);
      // The header shows the company's name from `me`.
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}
