import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { ImportRun } from "../../../../shared/api/imports.js";
import { formatDateTime } from "../../../lib/dates.js";
import { ImportSummary } from "./ImportSummary.js";

/** The last import's result, kept on the Import tab, with a way to its clients. */
export function LastImport({ run }: { run: ImportRun }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Stack gap={0}>
            <Title order={3} fz="md">
              Last import
            </Title>
            <Text size="sm" c="dimmed">
              {formatDateTime(run.finishedAt ?? run.createdAt)} from {run.organisation?.name ?? "Xero"}
            </Text>
          </Stack>
          <Button component={Link} to={`/clients?importId=${run.id}`} variant="light" size="xs">
            View clients
          </Button>
        </Group>
        {run.summary ? <ImportSummary summary={run.summary} /> : <Text size="sm">No summary was kept.</Text>}
      </Stack>
    </Paper>
  );
}
