import { Checkbox, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { Invoice } from "../../../../shared/api/invoices.js";
import { ConfirmDialog } from "../../../components/ConfirmDialog.js";
import { ApiError } from "../../../lib/api.js";
import { notifySuccess } from "../../../lib/notify.js";
import { formatAmount } from "./invoice-format.js";
import { creditInvoice } from "./invoices-api.js";

interface CreditNoteDialogProps {
  invoice: Invoice;
  opened: boolean;
  onClose: () => void;
}

/** Credits the whole invoice or the lines ticked; the credit note opens once made. */
export function CreditNoteDialog({ invoice, opened, onClose }: CreditNoteDialogProps) {
  const navigate = useNavigate();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(invoice.lines.map((l) => l.id)));
  const all = ticked.size === invoice.lines.length;
  const lines = ticked.size === 1 ? "1 line" : `${ticked.size} lines`;
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      title={`Credit ${invoice.number}?`}
      confirmLabel={all ? "Credit the whole invoice" : `Credit ${lines}`}
      onConfirm={async () => {
        if (ticked.size === 0) throw new ApiError(400, "no_lines", "Tick at least one line to credit.");
        const credit = await creditInvoice(invoice.id, all ? undefined : [...ticked]);
        notifySuccess(`Credit note ${credit.number} made for ${invoice.number}.`);
        navigate(`/billing/invoices/${credit.id}`);
      }}
    >
      <Text size="sm">
        A credit note takes the next number and the ticked lines with negative quantities. It is issued at
        once; the invoice stays as it is, linked to it.
      </Text>
      <Stack gap="xs" role="group" aria-label="Lines to credit">
        {invoice.lines.map((line) => (
          <Checkbox
            key={line.id}
            checked={ticked.has(line.id)}
            onChange={() =>
              setTicked((current) => {
                const next = new Set(current);
                if (next.has(line.id)) next.delete(line.id);
                else next.add(line.id);
                return next;
              })
            }
            label={`${line.description} — ${formatAmount(line.lineAmount)} ${invoice.currency}`}
          />
        ))}
      </Stack>
    </ConfirmDialog>
  );
}
