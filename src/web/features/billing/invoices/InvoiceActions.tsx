import { Button, Menu, Text } from "@mantine/core";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { Invoice } from "../../../../shared/api/invoices.js";
import { ConfirmDialog } from "../../../components/ConfirmDialog.js";
import { ChevronDownIcon } from "../../../components/icons.js";
import { notifySuccess } from "../../../lib/notify.js";
import { formatAmount } from "./invoice-format.js";
import { deleteInvoice, issueInvoice, pdfHref } from "./invoices-api.js";

/** PDF: shown in a new tab, or saved. */
export function PdfMenu({ invoice, disabled = false }: { invoice: Invoice; disabled?: boolean }) {
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" rightSection={<ChevronDownIcon size={14} />} disabled={disabled}>
          PDF
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={pdfHref(invoice.id)} target="_blank" rel="noopener">
          Preview PDF
        </Menu.Item>
        <Menu.Item component="a" href={pdfHref(invoice.id, { download: true })} download>
          Download PDF
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

interface InProgressActionsProps {
  invoice: Invoice;
  canManage: boolean;
  saveFirst: () => Promise<void>;
  dirty: boolean;
}

/** An invoice in progress: its PDF; Issue and Delete for the Owner and Admins, each confirmed. */
export function InProgressActions({ invoice, canManage, saveFirst, dirty }: InProgressActionsProps) {
  const navigate = useNavigate();
  const [asking, setAsking] = useState<"issue" | "delete" | null>(null);
  return (
    <>
      <PdfMenu invoice={invoice} disabled={dirty} />
      {canManage && (
        <>
          <Button variant="default" color="red" onClick={() => setAsking("delete")}>
            Delete
          </Button>
          <Button variant="filled" color="teal" onClick={() => setAsking("issue")}>
            {dirty ? "Save and issue" : "Issue"}
          </Button>
        </>
      )}
      <ConfirmDialog
        opened={asking === "issue"}
        onClose={() => setAsking(null)}
        title="Issue this invoice?"
        confirmLabel="Issue invoice"
        onConfirm={async () => {
          if (dirty) await saveFirst();
          const issued = await issueInvoice(invoice.id);
          notifySuccess(`Invoice ${issued.number} issued.`);
        }}
      >
        <Text>
          It takes the next invoice number and can no longer be edited: a mistake is then corrected with a
          credit note. Total {formatAmount(invoice.total)} {invoice.currency} to {invoice.client.name}
          {dirty ? ", with your unsaved changes saved first." : "."}
        </Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={asking === "delete"}
        onClose={() => setAsking(null)}
        title="Delete this invoice?"
        confirmLabel="Delete invoice"
        danger
        onConfirm={async () => {
          await deleteInvoice(invoice.id);
          notifySuccess("The invoice in progress is deleted.");
          navigate("/billing/invoices");
        }}
      >
        <Text>The invoice in progress for {invoice.client.name} is gone for good, with its lines.</Text>
      </ConfirmDialog>
    </>
  );
}
