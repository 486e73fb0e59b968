import { Group, Paper, Stack } from "@mantine/core";
import type { ReactNode } from "react";

/** A bordered list of rows (people, invites, tokens); each row wraps its actions below on phones. */
export function ItemList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md">
      <Stack component="ul" aria-label={label} gap={0} m={0} p={0} style={{ listStyle: "none" }}>
        {children}
      </Stack>
    </Paper>
  );
}

interface ItemRowProps {
  /** What the row is: a name, with any badge next to it. */
  title: ReactNode;
  /** A line or two of smaller facts under the title. */
  details?: ReactNode;
  /** Controls on the right: a role, buttons, a menu. */
  actions?: ReactNode;
}

export function ItemRow({ title, details, actions }: ItemRowProps) {
  return (
    <Group component="li" className="kontor-item-row" justify="space-between" gap="sm" px="md" py="sm">
      <Stack gap={2} style={{ flex: "1 1 240px", minWidth: 0 }}>
        {title}
        {details}
      </Stack>
      {actions && (
        <Group gap="sm" wrap="nowrap">
          {actions}
        </Group>
      )}
    </Group>
  );
}
