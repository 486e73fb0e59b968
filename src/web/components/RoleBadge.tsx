import { Badge } from "@mantine/core";
import { ROLE_LABELS, type Role } from "../../shared/roles.js";

const COLORS: Record<Role, string> = { owner: "kontor", admin: "indigo", member: "gray" };

export function RoleBadge({ role }: { role: Role }) {
  return (
    <Badge color={COLORS[role]} variant="light" radius="sm" tt="none" fw={600}>
      {ROLE_LABELS[role]}
    </Badge>
  );
}
