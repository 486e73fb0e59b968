import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useNavigate } from "react-router";
import { type LoginBody, Me, type SignupBody } from "../../../shared/api/auth.js";
import { ApiError, api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";
import { queryKeys } from "../../lib/query-keys.js";

async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get("/me", Me);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** Who is signed in: the user, their role and their company; null when nobody is. */
export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe });
}

/** How often an open page asks again who is signed in, to see a change made elsewhere. */
export const ME_REFRESH_MS = 60_000;

/**
 * `useMe` for the signed-in app, which follows changes made elsewhere: the operator's plan change,
 * an Admin's role change, a session ended. It asks again when the user comes back to the tab and
 * every minute while the tab is shown; when the plan or role changed, everything on screen is
 * fetched again, so what the plan includes is unlocked or locked without a reload.
 */
export function useSignedInMe() {
  const me = useQuery({
    queryKey: queryKeys.me,
    queryFn: fetchMe,
    refetchOnWindowFocus: "always",
    refetchInterval: ME_REFRESH_MS,
  });
  const access = me.data ? `${me.data.company.id} ${me.data.company.plan} ${me.data.role}` : null;
  const previous = useRef(access);
  useEffect(() => {
    if (previous.current !== null && access !== null && previous.current !== access) {
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
    }
    previous.current = access;
  }, [access]);
  return me;
}

/** A new session replaces whatever the browser knew about the previous one. */
export function startSession(me: Me): void {
  forgetEverythingBut(queryKeys.me[0]);
  queryClient.setQueryData(queryKeys.me, me);
}

// The `me` query stays in the cache (its observers follow it); everything else goes.
function forgetEverythingBut(key: string): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== key });
}

export function useLogin() {
  return useMutation({
    mutationFn: (input: LoginBody) => api.post("/auth/login", input, Me),
    onSuccess: startSession,
  });
}

export function useSignup() {
  return useMutation({
    mutationFn: (input: SignupBody) => api.post("/auth/signup", input, Me),
    onSuccess: startSession,
  });
}

/** Ends the session and opens the log-in page (without a way back into the previous page). */
export function useLogout() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.postEmpty("/auth/logout"),
    onSuccess: () => {
      void navigate("/login", { replace: true });
      forgetEverythingBut(queryKeys.me[0]);
      queryClient.setQueryData(queryKeys.me, null);
    },
  });
}
