import { Button, Group, Paper, Stack } from "@mantine/core";
import { type FormEvent, type ReactNode, useMemo, useState } from "react";
import type { Invoice, UpdateInvoiceBody } from "../../../../shared/api/invoices.js";
import { FormError } from "../../../components/FormError.js";
import { ApiError, errorMessage, type FieldErrors } from "../../../lib/api.js";
import { InvoiceHeaderFields } from "./InvoiceHeaderFields.js";
import { lineChoices } from "./InvoiceLineRow.js";
import { InvoiceLinesEditor } from "./InvoiceLinesEditor.js";
import { InvoiceTotalsPanel } from "./InvoiceTotalsPanel.js";
import { createBody, type InvoiceDraft, linesBody, liveTotals } from "./invoice-draft.js";
import type { EditorLists } from "./use-editor-lists.js";

export interface InvoiceFormProps {
  initial: InvoiceDraft;
  /** The saved invoice being edited; none for a new one. */
  invoice: Invoice | null;
  /** A new invoice's client, when it was chosen before (from the client's page). */
  initialClient?: { name: string } | undefined;
  lists: EditorLists;
  /** Saves: creates or changes the invoice. */
  onSave: (body: ReturnType<typeof createBody> | UpdateInvoiceBody) => Promise<Invoice>;
  /** Beside Save: the saved invoice's actions, given a way to save unsaved changes first. */
  actions?: (saveFirst: () => Promise<void>, dirty: boolean) => ReactNode;
}

/** Only what changed, so an untouched date does not move the due date, nor untouched lines lose their links. */
function changes(initial: InvoiceDraft, draft: InvoiceDraft, linesChanged: boolean): UpdateInvoiceBody {
  const body: UpdateInvoiceBody = {};
  if (draft.clientId && draft.clientId !== initial.clientId) body.clientId = draft.clientId;
  if (draft.date && draft.date !== initial.date) body.date = draft.date;
  if (draft.dueDate && draft.dueDate !== initial.dueDate) body.dueDate = draft.dueDate;
  if (draft.currency !== initial.currency) body.currency = draft.currency;
  if (draft.reference !== initial.reference) body.reference = draft.reference.trim() || null;
  if (draft.amountsAre !== initial.amountsAre) body.amountsAre = draft.amountsAre;
  if (linesChanged) body.lines = linesBody(draft.lines).lines;
  return body;
}

/** The API's field names ("lines.0.quantity") as the editor's ("2.quantity": blank lines are not sent). */
function editorErrors(fields: FieldErrors, index: number[]): FieldErrors {
  const result: FieldErrors = {};
  for (const [field, message] of Object.entries(fields)) {
    const match = /^lines\.(\d+)\.(\w+)$/.exec(field);
    result[match ? `${index[Number(match[1])] ?? match[1]}.${match[2]}` : field] = message;
  }
  return result;
}

/** An invoice in progress, new or saved: its fields, lines and totals as typed, and Save. */
export function InvoiceForm({ initial, invoice, initialClient, lists, onSave, actions }: InvoiceFormProps) {
  const [draft, setDraft] = useState(initial);
  const [clientName, setClientName] = useState(invoice?.client.name ?? initialClient?.name ?? null);
  const [linesChanged, setLinesChanged] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const unitDp = lists.settings.unitPriceDecimals;
  const live = useMemo(() => liveTotals(draft, lists.vatRates, unitDp), [draft, lists.vatRates, unitDp]);
  const choices = useMemo(() => lineChoices(lists), [lists]);
  const pending = changes(initial, draft, linesChanged);
  const dirty = !invoice || Object.keys(pending).length > 0;

  function change(next: Partial<InvoiceDraft>) {
    setDraft((current) => {
      // A new date moves a due date the user did not set, by the payment terms.
      const follow = next.date !== undefined && current.dueDate === initial.dueDate && !next.dueDate;
      return { ...current, ...next, ...(follow ? { dueDate: "" } : {}) };
    });
  }

  async function save() {
    setProblem(null);
    if (!draft.clientId) {
      setServerErrors({ clientId: "Choose the client to invoice." });
      throw new Error("Choose the client to invoice.");
    }
    setSaving(true);
    try {
      await onSave(invoice ? pending : createBody({ ...draft, clientId: draft.clientId }));
      setServerErrors({});
    } catch (error) {
      if (error instanceof ApiError)
        setServerErrors(editorErrors(error.fieldErrors, linesBody(draft.lines).index));
      setProblem(errorMessage(error));
      throw error;
    } finally {
      setSaving(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save().catch(() => undefined);
  }

  const errors = { ...live.problems, ...serverErrors };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md">
          <InvoiceHeaderFields
            draft={draft}
            clientName={clientName}
            lists={lists}
            errors={serverErrors}
            onChange={change}
            onClient={(client) => {
              setClientName(client?.name ?? null);
              change({
                clientId: client?.id ?? null,
                ...(client ? { currency: client.currency ?? lists.settings.baseCurrency } : {}),
              });
            }}
            autoFocusClient={!invoice && !initial.clientId}
          />
        </Paper>
        <InvoiceLinesEditor
          lines={draft.lines}
          onLines={(lines) => {
            setLinesChanged(true);
            change({ lines });
          }}
          lists={lists}
          choices={choices}
          live={live}
          errors={errors}
          amountsAre={draft.amountsAre}
        />
        <InvoiceTotalsPanel {...live.totals} currency={draft.currency} amountsAre={draft.amountsAre} />
        <FormError message={problem} />
        <Group justify="flex-end" gap="sm">
          {actions?.(save, dirty)}
          <Button type="submit" loading={saving} disabled={!dirty}>
            {invoice ? (dirty ? "Save changes" : "Saved") : "Save invoice"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
