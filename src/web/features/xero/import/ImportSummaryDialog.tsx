import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useNavigate } from "react-router";
import type { ImportRun } from "../../../../shared/api/imports.js";
import { formatDateTime } from "../../../lib/dates.js";
import { ImportSummary } from "./ImportSummary.js";

interface ImportSummaryDialogProps {
  run: ImportRun | null;
  onClose: () => void;
}

/** The pop-up after an import: what it did, and "View clients" to see the clients it touched. */
export function ImportSummaryDialog({ run, onClose }: ImportSummaryDialogProps) {
  const navigate = useNavigate();
  return (
    <Modal
      opened={run !== null && run.summary !== undefined}
      onClose={onClose}
      title="Import finished"
      size="lg"
      stackId="xero-import-summary"
      centered
    >
      {run?.summary && (
        <Stack gap="md">
          <Text size="sm">
            From {run.organisation?.name ?? "Xero"}, {formatDateTime(run.finishedAt ?? run.createdAt)}.
          </Text>
          <ImportSummary summary={run.summary} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button data-autofocus onClick={() => void navigate(`/clients?importId=${run.id}`)}>
              View clients
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
