import { useMutation, useQuery } from "@tanstack/react-query";
import { ConfirmedEmail, type PasswordResetBody, PasswordResetInfo } from "../../../shared/api/account.js";
import { Me } from "../../../shared/api/auth.js";
import { api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";
import { queryKeys } from "../../lib/query-keys.js";
import { startSession } from "./auth-api.js";

/** Forgot password: the answer is the same whether or not the address has an account. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (input: PasswordResetBody) => api.postEmpty("/auth/password-reset", input),
  });
}

/** Which account a reset link is for (public: the person is not signed in). */
export function usePasswordReset(token: string) {
  return useQuery({
    queryKey: queryKeys.passwordReset(token),
    queryFn: () => api.get(`/auth/password-reset/${encodeURIComponent(token)}`, PasswordResetInfo),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Sets the new password; the answer signs the person in, as a new session. */
export function useConfirmPasswordReset(token: string) {
  return useMutation({
    mutationFn: (input: { password: string }) =>
      api.post("/auth/password-reset/confirm", { token, password: input.password }, Me),
    onSuccess: startSession,
  });
}

/** Confirms a new e-mail from the link mailed to it. */
export function useConfirmEmail() {
  return useMutation({
    mutationFn: (token: string) => api.post("/auth/email-change/confirm", { token }, ConfirmedEmail),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
      void queryClient.invalidateQueries({ queryKey: queryKeys.profile });
    },
  });
}
