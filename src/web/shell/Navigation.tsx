import { NavLink, Stack, Text } from "@mantine/core";
import { Link, matchPath, useLocation } from "react-router";
import { useCurrentUser } from "../features/auth/current-user.js";
import { useOutbox } from "../features/outbox/outbox-api.js";
import { NAVIGATION, type NavigationContext } from "./nav-items.js";

export function Navigation() {
  const { pathname } = useLocation();
  const { canManage } = useCurrentUser();
  const outbox = useOutbox({ enabled: canManage });
  const context: NavigationContext = { canManage, mailKeptInOutbox: outbox.data?.delivery === "outbox" };
  return (
    <Stack component="nav" aria-label="Main" gap="lg">
      {NAVIGATION.map((section) => (
        <Stack key={section.title ?? "main"} gap={2}>
          {section.title && (
            <Text
              size="xs"
              fw={600}
              c="dimmed"
              tt="uppercase"
              px="sm"
              pb={4}
              style={{ letterSpacing: "0.05em" }}
            >
              {section.title}
            </Text>
          )}
          {section.items
            .filter((item) => item.shownWhen?.(context) ?? true)
            .map(({ to, label, icon: Icon, section: pages, except }) => {
              const active =
                matchPath({ path: pages ?? to, end: to === "/" }, pathname) !== null &&
                !(except && matchPath({ path: except }, pathname));
              return (
                <NavLink
                  key={to}
                  component={Link}
                  to={to}
                  label={label}
                  leftSection={<Icon size={18} />}
                  active={active}
                  aria-current={active ? "page" : undefined}
                  variant="light"
                  fw={active ? 600 : 500}
                  style={{ borderRadius: "var(--mantine-radius-md)" }}
                />
              );
            })}
        </Stack>
      ))}
    </Stack>
  );
}
