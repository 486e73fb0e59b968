import { Box, Center, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { usePageTitle } from "../lib/use-page-title.js";
import { Wordmark } from "./Wordmark.js";

interface PublicLayoutProps {
  /** The browser tab's name. */
  pageTitle: string;
  title: ReactNode;
  subtitle?: ReactNode;
  children: ReactNode;
  /** Below the card, e.g. a link to log in instead. */
  footer?: ReactNode;
}

/** Pages for people who are not signed in: log in, sign up, accept an invite. */
export function PublicLayout({ pageTitle, title, subtitle, children, footer }: PublicLayoutProps) {
  usePageTitle(pageTitle);
  return (
    <Box mih="100vh" bg="gray.0" py={{ base: 32, sm: 64 }} px="md">
      <Stack align="center" gap="xl" maw={440} mx="auto">
        <Center>
          <Wordmark size="lg" />
        </Center>
        <Paper component="main" withBorder shadow="xs" radius="md" p={{ base: "lg", sm: 32 }} w="100%">
          <Stack gap="lg">
            <Stack gap={6}>
              <Title order={1} fz={22} fw={650}>
                {title}
              </Title>
              {subtitle && <Text c="dimmed">{subtitle}</Text>}
            </Stack>
            {children}
          </Stack>
        </Paper>
        {footer && (
          <Text size="sm" c="dimmed" ta="center">
            {footer}
          </Text>
        )}
      </Stack>
    </Box>
  );
}
