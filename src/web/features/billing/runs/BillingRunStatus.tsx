import { Button, Group, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { BillingRun } from "../../../../shared/api/contracts.js";
import { CheckIcon, WarningIcon } from "../../../components/icons.js";
import { ErrorState, LoadingState } from "../../../components/QueryStates.js";
import { invoicesWord } from "../invoices/invoice-format.js";
import { BillingProblems } from "./BillingProblems.js";
import { periodLabel } from "./billing-period.js";
import { isWorking, useBillingRun } from "./billing-runs-api.js";

const clientsWord = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "client" : "clients"}`;

function RunProgress({ run }: { run: BillingRun }) {
  const { done, total } = run.progress;
  const known = run.status === "running" && total > 0;
  const percent = known ? Math.min(100, Math.round((done / total) * 100)) : 100;
  const what = `Creating invoices for ${periodLabel(run.period)}`;
  const count = known
    ? `${done.toLocaleString("en-GB")} of ${clientsWord(total)} done, ${invoicesWord(run.created)} created`
    : "starting…";
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap={6}>
        <Text size="sm" fw={500} role="status" aria-live="polite">
          {what}: {count}
        </Text>
        <Progress
          value={percent}
          animated
          striped={!known}
          size="lg"
          aria-label={what}
          aria-valuetext={count}
        />
        <Text size="xs" c="dimmed">
          This runs in the background: you can reload this page or leave it and come back.
        </Text>
      </Stack>
    </Paper>
  );
}

function Problems({ run }: { run: BillingRun }) {
  return (
    <BillingProblems
      problems={run.problems}
      title={`Not billed: ${clientsWord(run.problems.length)}`}
      advice={`Correct these and create invoices for ${periodLabel(run.period)} again: only these clients are billed.`}
    />
  );
}

function RunSummary({ run, onAnother }: { run: BillingRun; onAnother: () => void }) {
  const failed = run.status === "failed";
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          <Group gap="xs">
            {failed ? (
              <WarningIcon size={20} color="var(--mantine-color-red-7)" />
            ) : (
              <CheckIcon size={20} color="var(--mantine-color-teal-7)" />
            )}
            <Title order={2} fz="lg">
              {invoicesWord(run.created)} created for {periodLabel(run.period)}
            </Title>
          </Group>
          {failed && (
            <Text size="sm" c="red.8">
              {run.error ?? "The run stopped."} The invoices made so far stay; create invoices for the period
              again to bill the rest.
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {run.created > 0
              ? "They are In progress: review them in All invoices, then issue them."
              : "Nothing new was due."}
            {run.skipped > 0 ? ` ${clientsWord(run.skipped)} already billed for this period, left out.` : ""}
          </Text>
          <Group gap="sm">
            <Button component={Link} to="/billing/invoices?status=in_progress">
              Open In progress invoices
            </Button>
            <Button variant="default" onClick={onAnother}>
              Choose another period
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Problems run={run} />
    </Stack>
  );
}

/** A run started from this page (its id in the address): its progress, then what it made. */
export function BillingRunStatus({ id, onAnother }: { id: string; onAnother: () => void }) {
  const run = useBillingRun(id);
  if (run.isPending) return <LoadingState label="Loading the billing run…" />;
  if (run.isError) return <ErrorState error={run.error} onRetry={() => run.refetch()} />;
  return isWorking(run.data) ? (
    <RunProgress run={run.data} />
  ) : (
    <RunSummary run={run.data} onAnother={onAnother} />
  );
}
