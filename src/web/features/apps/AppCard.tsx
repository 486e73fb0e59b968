import { Alert, Badge, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import type { ReactNode } from "react";
import type { AppState } from "../../../shared/api/apps.js";
import { APP_LABELS } from "../../../shared/apps.js";
import { LockIcon } from "../../components/icons.js";
import { PlanChangeNote } from "../support/PlanChangeNote.js";
import { APP_DESCRIPTIONS } from "./app-descriptions.js";

interface AppCardProps {
  state: AppState;
  /** Below the summary, e.g. where the Xero connection stands. */
  details?: ReactNode;
  /** The card's buttons; shown under the plan notice when the plan lacks the app. */
  actions?: ReactNode;
  /** Clicking anywhere on the card does this too (its button is the way for the keyboard). */
  onOpen?: () => void;
}

function StatusBadge({ state }: { state: AppState }) {
  if (!state.available)
    return (
      <Badge color="yellow" variant="light" tt="none" radius="sm">
        Not in your plan
      </Badge>
    );
  return state.enabled ? (
    <Badge color="teal" variant="light" tt="none" radius="sm">
      Enabled
    </Badge>
  ) : (
    <Badge color="gray" variant="light" tt="none" radius="sm">
      Not enabled
    </Badge>
  );
}

/** One app on Settings & Apps: what it does, whether it is on, and its buttons. */
export function AppCard({ state, details, actions, onOpen }: AppCardProps) {
  const label = APP_LABELS[state.app];
  const description = APP_DESCRIPTIONS[state.app];
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby={`app-${state.app}-title`}
      onClick={onOpen}
      className={onOpen ? "kontor-clickable-card" : undefined}
    >
      <Stack gap="md" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon size={42} radius="md" variant="light" color={state.enabled ? "teal" : "kontor"}>
              {description.icon}
            </ThemeIcon>
            <Title order={2} fz="lg" fw={650} id={`app-${state.app}-title`}>
              {label}
            </Title>
          </Group>
          <StatusBadge state={state} />
        </Group>
        <Text size="sm" c="dark.6" style={{ flex: 1 }}>
          {description.summary}
        </Text>
        {details}
        {!state.available && (
          <Alert color="yellow" variant="light" icon={<LockIcon size={18} />} p="sm" role="note">
            <Text size="sm">{state.reason}</Text>
            <Text size="sm" c="dimmed" mt={4}>
              <PlanChangeNote />
            </Text>
          </Alert>
        )}
        {actions}
      </Stack>
    </Paper>
  );
}
