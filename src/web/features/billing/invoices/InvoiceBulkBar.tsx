import { Button, Group, List, Paper, Text } from "@mantine/core";
import { useState } from "react";
import type { InvoiceListItem } from "../../../../shared/api/invoices.js";
import { ConfirmDialog } from "../../../components/ConfirmDialog.js";
import { DownloadIcon } from "../../../components/icons.js";
import { notifySuccess } from "../../../lib/notify.js";
import { invoicesWord } from "./invoice-format.js";
import { deleteInvoice, issueInvoice, pdfHref } from "./invoices-api.js";
import { runBulk } from "./run-bulk.js";
import type { InvoiceSelection } from "./use-invoice-selection.js";

interface InvoiceBulkBarProps {
  selection: InvoiceSelection;
  /** Owner or Admin: may issue and delete. */
  canManage: boolean;
}

/** Saves each PDF as a file, one after another (the browser may ask once to allow several). */
function downloadPdfs(invoices: InvoiceListItem[]) {
  invoices.forEach((invoice, index) => {
    setTimeout(() => {
      const link = document.createElement("a");
      link.href = pdfHref(invoice.id, { download: true });
      link.download = "";
      document.body.append(link);
      link.click();
      link.remove();
    }, index * 300);
  });
}

/** What can be done to the ticked invoices: issue or delete those in progress, download the PDFs. */
export function InvoiceBulkBar({ selection, canManage }: InvoiceBulkBarProps) {
  const [asking, setAsking] = useState<"issue" | "delete" | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const inProgress = selection.items.filter((invoice) => invoice.status === "in_progress");
  const skipped = selection.count - inProgress.length;

  async function run(kind: "issue" | "delete") {
    setProblem(null);
    const outcome = await runBulk(inProgress, (invoice) =>
      kind === "issue" ? issueInvoice(invoice.id) : deleteInvoice(invoice.id),
    );
    selection.clear();
    if (outcome.done > 0) {
      notifySuccess(`${invoicesWord(outcome.done)} ${kind === "issue" ? "issued" : "deleted"}.`);
    }
    if (outcome.failed.length > 0) {
      setProblem(outcome.failed.map((f) => `${f.name}: ${f.reason}`).join(" "));
    }
  }

  return (
    <Paper withBorder radius="md" px="md" py="xs" bg="kontor.0" role="region" aria-label="Selected invoices">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm" fw={600} aria-live="polite">
          {invoicesWord(selection.count)} selected.
        </Text>
        <Group gap="xs">
          {canManage && (
            <>
              <Button size="xs" disabled={inProgress.length === 0} onClick={() => setAsking("issue")}>
                Issue
              </Button>
              <Button
                size="xs"
                variant="default"
                disabled={inProgress.length === 0}
                onClick={() => setAsking("delete")}
              >
                Delete
              </Button>
            </>
          )}
          <Button
            size="xs"
            variant="default"
            leftSection={<DownloadIcon size={14} />}
            onClick={() => downloadPdfs(selection.items)}
          >
            Download PDFs
          </Button>
          <Button size="xs" variant="subtle" color="gray" onClick={selection.clear}>
            Clear selection
          </Button>
        </Group>
      </Group>
      {problem && (
        <Text size="sm" c="red" mt="xs" role="alert">
          Some could not be done. {problem}
        </Text>
      )}
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
