import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import type { ImportRun } from "../../../../shared/api/imports.js";
import { WarningIcon } from "../../../components/icons.js";
import { formatDateTime } from "../../../lib/dates.js";
import { AuthorizeXeroButton } from "../AuthorizeXeroButton.js";

interface ImportFailedProps {
  run: ImportRun;
  /** Xero has to be authorized again before the import can go on. */
  needsReauth: boolean;
  canManage: boolean;
  onResume: () => void;
  resuming: boolean;
}

/** An import that stopped: why, and Resume (after authorizing Xero again, when that is the reason). */
export function ImportFailed({ run, needsReauth, canManage, onResume, resuming }: ImportFailedProps) {
  return (
    <Alert color="red" variant="light" icon={<WarningIcon />} title="The import stopped" role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{run.error ?? "The import stopped before it finished."}</Text>
        <Text size="sm">
          Started {formatDateTime(run.createdAt)}
          {run.progress.total > 0
            ? `; ${run.progress.done.toLocaleString("en-GB")} of ${run.progress.total.toLocaleString("en-GB")} done`
            : ""}
          . Nothing is half-written: Resume carries on where it stopped.
        </Text>
        {canManage && (
          <Group gap="sm">
            {needsReauth ? (
              <>
                <AuthorizeXeroButton color="red">Authorize Xero</AuthorizeXeroButton>
                <Text size="sm">Once Xero is authorized again, Resume carries on.</Text>
              </>
            ) : (
              <Button color="red" variant="white" onClick={onResume} loading={resuming}>
                Resume
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
