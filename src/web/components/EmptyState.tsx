import { EmptyState as MantineEmptyState, Paper } from "@mantine/core";
import type { ReactNode } from "react";

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  /** What the user can do about it. */
  description: ReactNode;
  action?: ReactNode;
}

/** Shown where a list has nothing in it yet: says why, and what to do. */
export function EmptyState({ icon, title, description, action }: EmptyStateProps) {
  return (
    <Paper withBorder radius="md" p="xl" style={{ borderStyle: "dashed" }} bg="gray.0">
      <MantineEmptyState icon={icon} title={title} description={description} variant="light" size="sm">
        {action && <MantineEmptyState.Actions>{action}</MantineEmptyState.Actions>}
      </MantineEmptyState>
    </Paper>
  );
}
