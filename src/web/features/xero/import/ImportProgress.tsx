import { Progress, Stack, Text } from "@mantine/core";
import type { ImportRun } from "../../../../shared/api/imports.js";

/** A running import: fetched (or imported) so far, of how many. */
export function ImportProgress({ run }: { run: ImportRun }) {
  const { done, total } = run.progress;
  const known = total > 0;
  const percent = known ? Math.min(100, Math.round((done / total) * 100)) : 100;
  const organisation = run.organisation?.name ?? "Xero";
  const fetching = run.status === "fetching";
  const what = fetching ? `Fetching contacts from ${organisation}` : `Importing the selected contacts`;
  const count = known
    ? `${done.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} ${fetching ? "fetched" : "processed"}`
    : "starting…";
  return (
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
        This runs in the background: you can close this dialog or reload the page and come back.
      </Text>
    </Stack>
  );
}
