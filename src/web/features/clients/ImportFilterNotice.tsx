import { Alert, Button, Group, Text } from "@mantine/core";
import { DownloadIcon } from "../../components/icons.js";
import { formatDateTime } from "../../lib/dates.js";
import { useImportRun } from "../xero/import/import-api.js";

/** Above the list when it shows only the clients one import created or updated. */
export function ImportFilterNotice({ importId, onClear }: { importId: string; onClear: () => void }) {
  const run = useImportRun(importId);
  const when = run.data ? formatDateTime(run.data.finishedAt ?? run.data.createdAt) : null;
  return (
    <Alert color="kontor" variant="light" icon={<DownloadIcon />} p="sm" role="status">
      <Group justify="space-between" gap="sm">
        <Text size="sm" fw={500} style={{ flex: "1 1 260px" }}>
          {run.isError
            ? "Clients from an import that Kontor cannot find any more"
            : when
              ? `Clients from the import of ${when}`
              : "Clients from an import"}
          {run.data?.organisation ? ` (${run.data.organisation.name})` : ""}
        </Text>
        <Button size="xs" variant="white" onClick={onClear}>
          Show all clients
        </Button>
      </Group>
    </Alert>
  );
}
