import type { InvitableRole } from "../../../shared/roles.js";
import { ROLE_LABELS } from "../../../shared/roles.js";
import { composeMail, mailDate } from "../../lib/mail/compose-mail.js";

/** The mail that brings an invite link to the invitee. */
export function inviteMail(input: {
  to: string;
  companyName: string;
  inviterName: string;
  role: InvitableRole;
  link: string;
  expiresAt: Date;
}) {
  const role = ROLE_LABELS[input.role];
  return composeMail({
    to: input.to,
    subject: `${input.inviterName} invited you to ${input.companyName} in Kontor`,
    intro: [
      `${input.inviterName} invited you to join ${input.companyName} in Kontor as a ${role}.`,
      "Open the link to set your name and password.",
    ],
    action: { label: `Join ${input.companyName}`, url: input.link },
    outro: [
      `The link works once and expires on ${mailDate(input.expiresAt)}. Whoever opens it joins as a ${role}, so do not pass it on.`,
      "If you did not expect this invite, you can ignore this mail.",
    ],
  });
}
