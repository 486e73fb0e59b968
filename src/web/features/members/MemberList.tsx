import { Badge, Group, Text } from "@mantine/core";
import type { Member } from "../../../shared/api/members.js";
import type { InvitableRole } from "../../../shared/roles.js";
import { ItemList, ItemRow } from "../../components/ItemList.js";
import { RoleBadge } from "../../components/RoleBadge.js";
import { formatDate } from "../../lib/dates.js";
import { useCurrentUser } from "../auth/current-user.js";
import { MemberActions } from "./MemberActions.js";
import { RoleSelect } from "./RoleSelect.js";

function hasInvitableRole(member: Member): member is Member & { role: InvitableRole } {
  return member.role !== "owner";
}

const ROLE_ORDER = { owner: 0, admin: 1, member: 2 } as const;

/** The company's people; Owner and Admins change roles here and open each person's actions. */
export function MemberList({ members }: { members: Member[] }) {
  const me = useCurrentUser();
  const sorted = [...members].sort(
    (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name),
  );
  return (
    <ItemList label="Members">
      {sorted.map((member) => {
        const isSelf = member.id === me.user.id;
        return (
          <ItemRow
            key={member.id}
            title={
              <Group gap={6} wrap="nowrap">
                <Text fw={600} size="sm" truncate>
                  {member.name}
                </Text>
                {isSelf && (
                  <Badge size="xs" variant="default" tt="none">
                    You
                  </Badge>
                )}
              </Group>
            }
            details={
              <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                {member.email} · joined {formatDate(member.joinedAt)}
              </Text>
            }
            actions={
              <>
                {me.canManage && !isSelf && hasInvitableRole(member) ? (
                  <RoleSelect member={member} />
                ) : (
                  <RoleBadge role={member.role} />
                )}
                <MemberActions member={member} />
              </>
            }
          />
        );
      })}
    </ItemList>
  );
}
