import { eq } from "drizzle-orm";
import type { InvitationInfo } from "../../../shared/api/members.js";
import type { Db } from "../../db/client.js";
import { companies } from "../../db/schema/companies.js";
import { invites } from "../../db/schema/invites.js";
import { AppError, notFound } from "../../lib/errors.js";
import { hashSecret } from "../auth/secrets.js";

/** The open invite behind a link; 404 for an unknown link, 410 for a used, withdrawn or expired one. */
export async function findOpenInvite(db: Db, token: string, now: Date, lock = false) {
  const query = db
    .select({ invite: invites, companyName: companies.name })
    .from(invites)
    .innerJoin(companies, eq(companies.id, invites.companyId))
    .where(eq(invites.tokenHash, hashSecret(token)))
    .limit(1);
  const [row] = lock ? await query.for("update", { of: invites }) : await query;
  if (!row) throw notFound("This invite link");
  const { invite } = row;
  if (invite.acceptedAt) {
    throw new AppError("gone", "This invite has already been used. Log in instead.", { reason: "used" });
  }
  if (invite.revokedAt) {
    throw new AppError("gone", "This invite was withdrawn. Ask for a new one.", { reason: "withdrawn" });
  }
  if (invite.expiresAt <= now) {
    throw new AppError("gone", "This invite has expired. Ask for a new one.", { reason: "expired" });
  }
  return row;
}

export async function getInvitation(db: Db, token: string, now: Date): Promise<InvitationInfo> {
  const { invite, companyName } = await findOpenInvite(db, token, now);
  return { companyName, email: invite.email, role: invite.role };
}
