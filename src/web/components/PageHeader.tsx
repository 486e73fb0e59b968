import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { usePageTitle } from "../lib/use-page-title.js";

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** Buttons for the page's main actions, shown on the right (below the title on narrow screens). */
  actions?: ReactNode;
}

/** The title of a page in the app shell; also names the browser tab. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  usePageTitle(title);
  return (
    <Group justify="space-between" align="flex-start" gap="md" mb="xl">
      <Stack gap={4} style={{ flex: "1 1 320px" }}>
        <Title order={1} fz={26} fw={650} c="dark.8">
          {title}
        </Title>
        {description && (
          <Text c="dimmed" maw={680}>
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
