import { Button, Group, Text } from "@mantine/core";
import type { AppState } from "../../../shared/api/apps.js";
import { APP_LABELS } from "../../../shared/apps.js";

interface AppSwitchProps {
  state: AppState;
  canManage: boolean;
  /** This app's change is being saved. */
  pending: boolean;
  /** Some app change is being saved: one at a time. */
  busy: boolean;
  onEnable: () => void;
  onDisable: () => void;
}

/** Enable or Disable an app (Owner/Admin); Members see it disabled, with why. */
export function AppSwitch({ state, canManage, pending, busy, onEnable, onDisable }: AppSwitchProps) {
  if (!state.available) return null;
  const label = APP_LABELS[state.app];
  return (
    <Group gap="sm">
      {state.enabled ? (
        <Button variant="default" onClick={onDisable} loading={pending} disabled={!canManage || busy}>
          Disable {label}
        </Button>
      ) : (
        <Button onClick={onEnable} loading={pending} disabled={!canManage || busy}>
          Enable {label}
        </Button>
      )}
      {!canManage && (
        <Text size="xs" c="dimmed">
          Only the Company Owner or an Admin can change this.
        </Text>
      )}
    </Group>
  );
}
