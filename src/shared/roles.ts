export const ROLES = ["owner", "admin", "member"] as const;
export type Role = (typeof ROLES)[number];

export const INVITABLE_ROLES = ["admin", "member"] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Company Owner",
  admin: "Company Admin",
  member: "Company Member",
};

export function canManageCompany(role: Role): boolean {
  return role === "owner" || role === "admin";
}
