import { createRoute } from "@hono/zod-openapi";
import { Me } from "../../../shared/api/auth.js";
import { IdParam } from "../../../shared/api/common.js";
import {
  AcceptInviteBody,
  ChangeRoleBody,
  CreatedInvite,
  InvitationInfo,
  InviteBody,
  InviteTokenParam,
  Member,
  MemberList,
  TransferOwnershipBody,
} from "../../../shared/api/members.js";
import { errors, jsonBody, jsonContent, NoContent, signedIn } from "../../lib/http/responses.js";

const tags = ["Members"];

export const listMembers = createRoute({
  method: "get",
  path: "/members",
  tags,
  security: signedIn,
  summary: "The company's members and open invites",
  responses: { 200: jsonContent(MemberList, "Members and open invites."), 401: errors[401] },
});

export const invite = createRoute({
  method: "post",
  path: "/members/invites",
  tags,
  security: signedIn,
  summary: "Invite a person by e-mail with a role (Owner or Admin)",
  request: { body: jsonBody(InviteBody) },
  responses: {
    201: jsonContent(CreatedInvite, "The invite and the link the invitee opens to set a password."),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    409: errors[409],
  },
});

export const revokeInvite = createRoute({
  method: "delete",
  path: "/members/invites/{id}",
  tags,
  security: signedIn,
  summary: "Withdraw an open invite (Owner or Admin)",
  request: { params: IdParam },
  responses: { 204: NoContent, 401: errors[401], 403: errors[403], 404: errors[404] },
});

export const changeRole = createRoute({
  method: "patch",
  path: "/members/{id}",
  tags,
  security: signedIn,
  summary: "Change a member's role (Owner or Admin)",
  request: { params: IdParam, body: jsonBody(ChangeRoleBody) },
  responses: {
    200: jsonContent(Member, "The member with the new role."),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const removeMember = createRoute({
  method: "delete",
  path: "/members/{id}",
  tags,
  security: signedIn,
  summary: "Remove a member from the company (Owner or Admin)",
  request: { params: IdParam },
  responses: { 204: NoContent, 401: errors[401], 403: errors[403], 404: errors[404], 409: errors[409] },
});

export const transferOwnership = createRoute({
  method: "post",
  path: "/members/transfer-ownership",
  tags,
  security: signedIn,
  summary: "Make another member the Company Owner (Owner only); you become a Company Admin",
  request: { body: jsonBody(TransferOwnershipBody) },
  responses: {
    204: NoContent,
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const getInvitation = createRoute({
  method: "get",
  path: "/invites/{token}",
  tags,
  summary: "What an invite link is for (no sign-in needed)",
  request: { params: InviteTokenParam },
  responses: {
    200: jsonContent(InvitationInfo, "The company and role offered."),
    404: errors[404],
    410: errors[410],
  },
});

export const acceptInvitation = createRoute({
  method: "post",
  path: "/invites/{token}/accept",
  tags,
  summary: "Accept an invite: set your name and password; signs you in",
  request: { params: InviteTokenParam, body: jsonBody(AcceptInviteBody) },
  responses: {
    201: jsonContent(Me, "Joined and signed in; sets the session cookie."),
    400: errors[400],
    404: errors[404],
    409: errors[409],
    410: errors[410],
  },
});
