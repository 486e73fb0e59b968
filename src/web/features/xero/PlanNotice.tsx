import { Alert, Stack, Text } from "@mantine/core";
import type { AppState } from "../../../shared/api/apps.js";
import { LockIcon } from "../../components/icons.js";
import { APP_DESCRIPTIONS } from "../apps/app-descriptions.js";
import { PlanChangeNote } from "../support/PlanChangeNote.js";

/** Instead of the Xero dialog's controls when the company's plan does not include Xero. */
export function PlanNotice({ app }: { app: AppState }) {
  return (
    <Stack gap="md">
      <Text size="sm">{APP_DESCRIPTIONS.xero.summary}</Text>
      <Alert
        color="yellow"
        variant="light"
        icon={<LockIcon size={18} />}
        title="Not in your plan"
        role="note"
      >
        <Text size="sm">{app.reason}</Text>
        <Text size="sm" c="dimmed" mt={4}>
          <PlanChangeNote />
        </Text>
      </Alert>
    </Stack>
  );
}
