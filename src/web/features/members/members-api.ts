import { useMutation, useQuery } from "@tanstack/react-query";
import { Me } from "../../../shared/api/auth.js";
import {
  type AcceptInviteBody,
  CreatedInvite,
  InvitationInfo,
  type InviteBody,
  Member,
  MemberList,
} from "../../../shared/api/members.js";
import type { InvitableRole } from "../../../shared/roles.js";
import { api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";
import { queryKeys } from "../../lib/query-keys.js";
import { startSession } from "../auth/auth-api.js";

/** The company's members and open invites. */
export function useMembers() {
  return useQuery({ queryKey: queryKeys.members, queryFn: () => api.get("/members", MemberList) });
}

function teamChanged() {
  void queryClient.invalidateQueries({ queryKey: queryKeys.members });
  // An invite is mailed, perhaps into the Outbox.
  void queryClient.invalidateQueries({ queryKey: queryKeys.outbox });
  void queryClient.invalidateQueries({ queryKey: queryKeys.company });
}

export function useInviteMember() {
  return useMutation({
    mutationFn: (input: InviteBody) => api.post("/members/invites", input, CreatedInvite),
    onSuccess: teamChanged,
  });
}

export function useWithdrawInvite() {
  return useMutation({
    mutationFn: (inviteId: string) => api.delete(`/members/invites/${inviteId}`),
    onSettled: teamChanged,
  });
}

export function useChangeRole() {
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: InvitableRole }) =>
      api.patch(`/members/${userId}`, { role }, Member),
    onSettled: teamChanged,
  });
}

export function useRemoveMember() {
  return useMutation({
    mutationFn: (userId: string) => api.delete(`/members/${userId}`),
    onSettled: teamChanged,
  });
}

export function useTransferOwnership() {
  return useMutation({
    mutationFn: (userId: string) => api.postEmpty("/members/transfer-ownership", { userId }),
    onSettled: () => {
      teamChanged();
      // The signed-in Owner is an Admin now: what they may do changes.
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}

/** What an invite link offers (public: the invitee is not signed in yet). */
export function useInvitation(token: string) {
  return useQuery({
    queryKey: queryKeys.invitation(token),
    queryFn: () => api.get(`/invites/${encodeURIComponent(token)}`, InvitationInfo),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useAcceptInvite(token: string) {
  return useMutation({
    mutationFn: (input: AcceptInviteBody) =>
      api.post(`/invites/${encodeURIComponent(token)}/accept`, input, Me),
    onSuccess: startSession,
  });
}
