import { Anchor, AppShell, Box, Burger, Divider, Group, ScrollArea, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useEffect } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { PlanBadge } from "../components/PlanBadge.js";
import { Wordmark } from "../components/Wordmark.js";
import { useCurrentUser } from "../features/auth/current-user.js";
import { XeroReauthBanner } from "../features/xero/XeroReauthBanner.js";
import { Navigation } from "./Navigation.js";
import { UserMenu } from "./UserMenu.js";

/** The signed-in app: header with the company and the user, navigation, and the page. */
export function AppLayout() {
  const { company } = useCurrentUser();
  const [navOpened, nav] = useDisclosure(false);
  const { pathname } = useLocation();

  // On phones the navigation is a drawer: close it once a page is chosen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every page change
  useEffect(() => nav.close(), [pathname]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: "sm", collapsed: { mobile: !navOpened } }}
      padding={{ base: "md", sm: "xl" }}
    >
      <a className="kontor-skip-link" href="#main">
        Skip to the page
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? "Close navigation" : "Open navigation"}
            />
            <Anchor component={Link} to="/" underline="never" aria-label="Kontor: go to the dashboard">
              <Wordmark />
            </Anchor>
            <Divider orientation="vertical" visibleFrom="sm" my={14} />
            <Group gap="sm" wrap="nowrap" visibleFrom="sm" style={{ minWidth: 0 }}>
              <Text fw={600} truncate>
                {company.name}
              </Text>
              <PlanBadge plan={company.plan} />
            </Group>
          </Group>
          <UserMenu />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar>
        <AppShell.Section hiddenFrom="sm" p="md" pb={0}>
          <Stack gap={6}>
            <Text fw={600}>{company.name}</Text>
            <Box>
              <PlanBadge plan={company.plan} />
            </Box>
          </Stack>
          <Divider mt="md" />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea} p="sm" pt="md">
          <Navigation />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main bg="gray.0" id="main" tabIndex={-1} style={{ outline: "none" }}>
        <Box maw={1080} mx="auto">
          <XeroReauthBanner />
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
