import { and, asc, gt, isNull } from "drizzle-orm";
import type { Invite, Member, MemberList } from "../../../shared/api/members.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { invites } from "../../db/schema/invites.js";
import { users } from "../../db/schema/users.js";

export function toMember(u: typeof users.$inferSelect): Member {
  return { id: u.id, name: u.name, email: u.email, role: u.role, joinedAt: u.createdAt.toISOString() };
}

export function toInvite(i: typeof invites.$inferSelect): Invite {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
  };
}

const ROLE_ORDER = { owner: 0, admin: 1, member: 2 } as const;

/** Members (Owner first, then Admins, then Members, by name) and the invites still open. */
export async function listMembers(scope: CompanyScope, now: Date): Promise<MemberList> {
  const [members, open] = await Promise.all([
    scope.db.select().from(users).where(scope.where(users)).orderBy(asc(users.name)),
    scope.db
      .select()
      .from(invites)
      .where(
        scope.where(
          invites,
          and(isNull(invites.acceptedAt), isNull(invites.revokedAt), gt(invites.expiresAt, now)),
        ),
      )
      .orderBy(asc(invites.createdAt)),
  ]);
  members.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  return { members: members.map(toMember), invites: open.map(toInvite) };
}
