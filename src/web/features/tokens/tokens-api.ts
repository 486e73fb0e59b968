import { useMutation, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { ApiToken, CreatedApiToken } from "../../../shared/api/auth.js";
import { api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";
import { queryKeys } from "../../lib/query-keys.js";

/** The signed-in person's API tokens, newest first. */
export function useTokens() {
  return useQuery({ queryKey: queryKeys.tokens, queryFn: () => api.get("/auth/tokens", z.array(ApiToken)) });
}

function tokensChanged() {
  void queryClient.invalidateQueries({ queryKey: queryKeys.tokens });
}

export function useCreateToken() {
  return useMutation({
    mutationFn: (input: { name: string }) => api.post("/auth/tokens", input, CreatedApiToken),
    onSuccess: tokensChanged,
  });
}

export function useRevokeToken() {
  return useMutation({
    mutationFn: (tokenId: string) => api.delete(`/auth/tokens/${tokenId}`),
    onSettled: tokensChanged,
  });
}
