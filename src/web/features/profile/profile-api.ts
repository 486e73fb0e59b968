import { useMutation, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import {
  type ChangePasswordBody,
  Profile,
  Session,
  type UpdateProfileBody,
} from "../../../shared/api/account.js";
import { api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";
import { queryKeys } from "../../lib/query-keys.js";

export function useProfile() {
  return useQuery({ queryKey: queryKeys.profile, queryFn: () => api.get("/me/profile", Profile) });
}

export function useUpdateProfile() {
  return useMutation({
    mutationFn: (input: UpdateProfileBody) => api.patch("/me/profile", input, Profile),
    onSuccess: (profile) => {
      queryClient.setQueryData(queryKeys.profile, profile);
      // The name shows in the header's account menu.
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}

function sessionsChanged() {
  void queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: ChangePasswordBody) => api.postEmpty("/me/password", input),
    onSuccess: sessionsChanged,
  });
}

export function useSessions() {
  return useQuery({ queryKey: queryKeys.sessions, queryFn: () => api.get("/me/sessions", z.array(Session)) });
}

export function useEndSession() {
  return useMutation({
    mutationFn: (sessionId: string) => api.delete(`/me/sessions/${sessionId}`),
    onSettled: sessionsChanged,
  });
}

export function useEndOtherSessions() {
  return useMutation({ mutationFn: () => api.delete("/me/sessions"), onSettled: sessionsChanged });
}
