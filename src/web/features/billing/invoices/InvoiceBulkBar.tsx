import { Button, Group, List, Paper, Progress, Stack, Text } from "@mantine/core";
import { useState } from "react";
import type { InvoiceListItem } from "../../../../shared/api/invoices.js";
import { ConfirmDialog } from "../../../components/ConfirmDialog.js";
import { notifyFailure, notifySuccess } from "../../../lib/notify.js";
import { invoicesWord } from "./invoice-format.js";
import type { InvoiceListParams } from "./invoice-list-params.js";
import { bulkActions, fetchMatchingInvoices, refreshInvoices } from "./invoices-api.js";
import { PdfDownloadButton } from "./PdfDownloadButton.js";
import { type BulkOutcome, runBulk } from "./run-bulk.js";
import type { InvoiceSelection } from "./use-invoice-selection.js";

interface InvoiceBulkBarProps {
  selection: InvoiceSelection;
  /** The invoices on screen, and how many the filter finds: "Select all N that match". */
  page: InvoiceListItem[];
  total: number;
  params: InvoiceListParams;
  /** Owner or Admin: may issue and delete. */
  canManage: boolean;
}

type Kind = "issue" | "delete";
/** Refusals listed by name; the rest are counted. */
const LISTED_FAILURES = 10;

/** What can be done to the ticked invoices: issue or delete those in progress, download the PDFs. */
export function InvoiceBulkBar({ selection, page, total, params, canManage }: InvoiceBulkBarProps) {
  const [asking, setAsking] = useState<Kind | null>(null);
  const [running, setRunning] = useState<{ kind: Kind; finished: number; of: number } | null>(null);
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const [fetchingAll, setFetchingAll] = useState(false);
  const inProgress = selection.items.filter((invoice) => invoice.status === "in_progress");
  const skipped = selection.count - inProgress.length;
  const wholePage = page.length > 0 && page.every((invoice) => selection.has(invoice.id));

  async function selectAll() {
    setFetchingAll(true);
    try {
      const matching = await fetchMatchingInvoices(params);
      selection.selectAllMatching(matching.items);
      if (matching.total > matching.items.length) {
        notifySuccess(
          `The first ${invoicesWord(matching.items.length)} are selected: that is the most at once.`,
        );
      }
    } catch (error) {
      notifyFailure(error, "The invoices could not be selected");
    } finally {
      setFetchingAll(false);
    }
  }

  async function run(kind: Kind) {
    setOutcome(null);
    setRunning({ kind, finished: 0, of: inProgress.length });
    const result = await runBulk(
      inProgress,
      (invoice) => bulkActions[kind](invoice.id),
      (finished) => setRunning({ kind, finished, of: inProgress.length }),
    );
    setRunning(null);
    selection.clear();
    await refreshInvoices();
    if (result.done > 0) {
      notifySuccess(`${invoicesWord(result.done)} ${kind === "issue" ? "issued" : "deleted"}.`);
    }
    if (result.failed.length > 0) setOutcome(result);
  }

  return (
    <Paper withBorder radius="md" px="md" py="xs" bg="kontor.0" role="region" aria-label="Selected invoices">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={600} aria-live="polite">
            {selection.allMatching
              ? `All ${invoicesWord(selection.count)} that match are selected.`
              : `${invoicesWord(selection.count)} selected.`}
          </Text>
          {!selection.allMatching && wholePage && total > page.length && (
            <Button variant="subtle" size="compact-sm" onClick={selectAll} loading={fetchingAll}>
              Select all {invoicesWord(total)} that match
            </Button>
          )}
        </Group>
        <Group gap="xs">
          {canManage && (
            <>
              <Button
                size="xs"
                disabled={inProgress.length === 0 || running !== null}
                onClick={() => setAsking("issue")}
              >
                Issue
              </Button>
              <Button
                size="xs"
                variant="default"
                disabled={inProgress.length === 0 || running !== null}
                onClick={() => setAsking("delete")}
              >
                Delete
              </Button>
            </>
          )}
          <PdfDownloadButton invoices={selection.items} disabled={running !== null} />
          <Button
            size="xs"
            variant="subtle"
            color="gray"
            onClick={selection.clear}
            disabled={running !== null}
          >
            Clear selection
          </Button>
        </Group>
      </Group>
      {running && (
        <Stack gap={4} mt="xs">
          <Text size="sm">
            {running.kind === "issue" ? "Issuing" : "Deleting"} {running.finished.toLocaleString("en-GB")} of{" "}
            {invoicesWord(running.of)}… Keep this page open until it is done.
          </Text>
          <Progress
            value={running.of === 0 ? 100 : (running.finished / running.of) * 100}
            aria-label={running.kind === "issue" ? "Issuing invoices" : "Deleting invoices"}
          />
        </Stack>
      )}
      {outcome && <Refusals outcome={outcome} />}
      <ConfirmDialog
        opened={asking === "issue"}
        onClose={() => setAsking(null)}
        title={`Issue ${invoicesWord(inProgress.length)}?`}
        confirmLabel={`Issue ${invoicesWord(inProgress.length)}`}
        onConfirm={() => run("issue")}
      >
        <Text>
          Each takes the next invoice number, in the order shown, and can no longer be edited: a mistake is
          then corrected with a credit note.
        </Text>
        {skipped > 0 && <SkippedNote count={skipped} />}
      </ConfirmDialog>
      <ConfirmDialog
        opened={asking === "delete"}
        onClose={() => setAsking(null)}
        title={`Delete ${invoicesWord(inProgress.length)}?`}
        confirmLabel={`Delete ${invoicesWord(inProgress.length)}`}
        danger
        onConfirm={() => run("delete")}
      >
        <Text>They are gone for good, with their lines.</Text>
        {skipped > 0 && <SkippedNote count={skipped} />}
      </ConfirmDialog>
    </Paper>
  );
}

function Refusals({ outcome }: { outcome: BulkOutcome }) {
  const more = outcome.failed.length - LISTED_FAILURES;
  return (
    <div role="alert">
      <Text size="sm" c="red" mt="xs">
        {invoicesWord(outcome.failed.length)} could not be done:
      </Text>
      <List size="sm" c="red">
        {outcome.failed.slice(0, LISTED_FAILURES).map((failure) => (
          <List.Item key={failure.name}>
            {failure.name}: {failure.reason}
          </List.Item>
        ))}
      </List>
      {more > 0 && (
        <Text size="sm" c="red">
          …and {more.toLocaleString("en-GB")} more.
        </Text>
      )}
    </div>
  );
}
function SkippedNote({ count }: { count: number }) {
  return (
    <List size="sm" c="dimmed">
      <List.Item>
        {invoicesWord(count)} already issued {count === 1 ? "stays" : "stay"} as{" "}
        {count === 1 ? "it is" : "they are"}.
      </List.Item>
    </List>
  );
}
