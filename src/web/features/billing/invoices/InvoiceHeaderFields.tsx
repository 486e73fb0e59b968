import { Grid, SegmentedControl, Select, Stack, Text, TextInput } from "@mantine/core";
import { dueDateFor } from "../../../../shared/calendar-dates.js";
import type { AmountsAre } from "../../../../shared/money/invoice-totals.js";
import type { FieldErrors } from "../../../lib/api.js";
import { currencyChoices } from "../../clients/currency-choices.js";
import { ClientPicker, type PickedClient } from "./ClientPicker.js";
import type { InvoiceDraft } from "./invoice-draft.js";
import type { EditorLists } from "./use-editor-lists.js";

interface InvoiceHeaderFieldsProps {
  draft: InvoiceDraft;
  clientName: string | null;
  lists: EditorLists;
  errors: FieldErrors;
  onChange: (change: Partial<InvoiceDraft>) => void;
  onClient: (client: PickedClient | null) => void;
  autoFocusClient: boolean;
}

/** The imported currencies; the whole ISO list when none were imported yet. */
function currencyData(imported: EditorLists["currencies"], current: string) {
  if (imported.length === 0) return currencyChoices(current || null);
  const codes = imported.map((c) => ({ value: c.code, label: `${c.code} — ${c.description}` }));
  if (current && !codes.some((c) => c.value === current)) codes.unshift({ value: current, label: current });
  return codes;
}

/** Client, dates, currency, reference and whether prices include VAT. */
export function InvoiceHeaderFields(props: InvoiceHeaderFieldsProps) {
  const { draft, lists, errors, onChange } = props;
  const terms = lists.settings.paymentTerms;
  const dueByTerms = draft.date ? dueDateFor(draft.date, terms) : null;
  return (
    <Stack gap="md">
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ClientPicker
            label="Client"
            required
            value={draft.clientId}
            initialName={props.clientName}
            onChange={props.onClient}
            error={errors.clientId}
            placeholder="Search your clients"
            autoFocus={props.autoFocusClient}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 3 }}>
          <TextInput
            type="date"
            label="Date"
            description={draft.date ? undefined : "Today, when left empty"}
            value={draft.date}
            onChange={(e) => onChange({ date: e.currentTarget.value })}
            error={errors.date}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 3 }}>
          <TextInput
            type="date"
            label="Due date"
            description={
              draft.dueDate
                ? undefined
                : `By the payment terms (${terms.days} days${terms.from === "end_of_month" ? " after the month's end" : ""})`
            }
            value={draft.dueDate || (dueByTerms ?? "")}
            onChange={(e) => onChange({ dueDate: e.currentTarget.value })}
            error={errors.dueDate}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4, md: 3 }}>
          <Select
            label="Currency"
            searchable
            allowDeselect={false}
            data={currencyData(lists.currencies, draft.currency)}
            value={draft.currency || null}
            onChange={(currency) => currency && onChange({ currency })}
            error={errors.currency}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8, md: 4 }}>
          <TextInput
            label="Reference"
            placeholder="E.g. the client's order number"
            value={draft.reference}
            onChange={(e) => onChange({ reference: e.currentTarget.value })}
            error={errors.reference}
            maxLength={255}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="amounts-label">
              Amounts are
            </Text>
            <SegmentedControl
              aria-labelledby="amounts-label"
              fullWidth
              value={draft.amountsAre}
              onChange={(value) => onChange({ amountsAre: value as AmountsAre })}
              data={[
                { value: "exclusive", label: "Tax exclusive" },
                { value: "inclusive", label: "Tax inclusive" },
                { value: "none", label: "No tax" },
              ]}
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
