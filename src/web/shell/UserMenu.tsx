import { Avatar, Group, Menu, Stack, Text, UnstyledButton } from "@mantine/core";
import { Link } from "react-router";
import { ROLE_LABELS } from "../../shared/roles.js";
import { LogoutIcon, UserIcon } from "../components/icons.js";
import { RoleBadge } from "../components/RoleBadge.js";
import { useLogout } from "../features/auth/auth-api.js";
import { useCurrentUser } from "../features/auth/current-user.js";
import { notifyFailure, notifySuccess } from "../lib/notify.js";

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const letters = parts.length > 1 ? `${parts[0]![0]}${parts.at(-1)![0]}` : name.slice(0, 2);
  return letters.toUpperCase();
}

/** The signed-in person: name and role, with their profile and Log out. */
export function UserMenu() {
  const { user, role } = useCurrentUser();
  const logout = useLogout();

  function logOut() {
    logout.mutate(undefined, {
      onSuccess: () => notifySuccess("You have logged out."),
      onError: (error) => notifyFailure(error, "Could not log out"),
    });
  }

  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={`Account menu for ${user.name}, ${ROLE_LABELS[role]}`}
          style={{ borderRadius: "var(--mantine-radius-md)" }}
          px={6}
          py={4}
        >
          <Group gap="sm" wrap="nowrap">
            <Avatar color="kontor" radius="xl" size={34}>
              {initials(user.name)}
            </Avatar>
            <Stack gap={0} visibleFrom="sm" maw={180}>
              <Text size="sm" fw={600} truncate>
                {user.name}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {ROLE_LABELS[role]}
              </Text>
            </Stack>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Stack gap={4} px="sm" py="xs">
          <Text size="sm" fw={600}>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {user.email}
          </Text>
          <div>
            <RoleBadge role={role} />
          </div>
        </Stack>
        <Menu.Divider />
        <Menu.Item component={Link} to="/profile" leftSection={<UserIcon size={16} />}>
          Profile
        </Menu.Item>
        <Menu.Item
          leftSection={<LogoutIcon size={16} />}
          onClick={logOut}
          disabled={logout.isPending}
          closeMenuOnClick={false}
        >
          {logout.isPending ? "Logging out…" : "Log out"}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
