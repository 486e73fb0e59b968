import { ActionIcon, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import type { KeyboardEvent } from "react";
import { CloseIcon } from "../../../components/icons.js";
import type { LineDraft } from "./invoice-draft.js";
import { formatAmount } from "./invoice-format.js";
import type { EditorLists } from "./use-editor-lists.js";

export interface LineChoices {
  products: Array<{ value: string; label: string }>;
  vatRates: Array<{ value: string; label: string }>;
  resourceCodes: Array<{ value: string; label: string }>;
}

/** The selects' options, made once for every line. */
export function lineChoices(lists: EditorLists): LineChoices {
  return {
    products: lists.products.map((p) => ({ value: p.id, label: `${p.code} — ${p.name}` })),
    vatRates: [
      ...lists.vatRates.filter((r) => r.active).map((r) => ({ value: r.id, label: r.name })),
      { value: "none", label: "No VAT" },
    ],
    resourceCodes: lists.resourceCodes
      .filter((c) => c.active)
      .map((c) => ({ value: c.id, label: `${c.code} — ${c.name}` })),
  };
}

interface InvoiceLineRowProps {
  line: LineDraft;
  number: number;
  choices: LineChoices;
  amounts: { lineAmount: string; taxAmount: string } | null;
  /** Field → problem, for this line. */
  errors: Record<string, string | undefined>;
  onChange: (change: Partial<LineDraft>) => void;
  onProduct: (productId: string | null) => void;
  onRemove: () => void;
  /** Enter in a text field: a new line below this one. */
  onEnter: () => void;
}

const NUMBER = {
  inputMode: "decimal" as const,
  autoComplete: "off",
  styles: { input: { textAlign: "right" as const } },
};

/** One line of the editor: every field in Tab order, Enter adds a line, its amounts as typed. */
export function InvoiceLineRow(props: InvoiceLineRowProps) {
  const { line, number, choices, amounts, errors, onChange } = props;
  const label = (what: string) => `Line ${number} ${what}`;
  const enterAddsLine = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" && !event.nativeEvent.isComposing) {
      event.preventDefault();
      props.onEnter();
    }
  };
  return (
    <Table.Tr data-line={line.key} style={{ verticalAlign: "top" }}>
      <Table.Td w={180}>
        <Stack gap={4}>
          <Select
            aria-label={label("product")}
            placeholder="Product"
            searchable
            clearable
            data={choices.products}
            value={line.productId}
            onChange={props.onProduct}
            comboboxProps={{ width: 320, position: "bottom-start" }}
          />
          <Select
            size="xs"
            aria-label={label("resource code")}
            placeholder="Resource code"
            clearable
            data={choices.resourceCodes}
            value={line.resourceCodeId}
            onChange={(id) => onChange({ resourceCodeId: id })}
            comboboxProps={{ width: 260, position: "bottom-start" }}
          />
        </Stack>
      </Table.Td>
      <Table.Td miw={170}>
        <TextInput
          aria-label={label("description")}
          placeholder="Description"
          data-field="description"
          value={line.description}
          onChange={(e) => onChange({ description: e.currentTarget.value })}
          onKeyDown={enterAddsLine}
          error={errors.description}
          description={line.period ? `Contract fee for ${monthName(line.period)}` : undefined}
        />
      </Table.Td>
      <Table.Td w={92}>
        <TextInput
          {...NUMBER}
          aria-label={label("quantity")}
          value={line.quantity}
          onChange={(e) => onChange({ quantity: e.currentTarget.value })}
          onKeyDown={enterAddsLine}
          error={errors.quantity}
        />
      </Table.Td>
      <Table.Td w={104}>
        <TextInput
          {...NUMBER}
          aria-label={label("unit price")}
          placeholder="0.00"
          value={line.unitPrice}
          onChange={(e) => onChange({ unitPrice: e.currentTarget.value })}
          onKeyDown={enterAddsLine}
          error={errors.unitPrice}
        />
      </Table.Td>
      <Table.Td w={64}>
        <TextInput
          {...NUMBER}
          aria-label={label("discount %")}
          placeholder="0"
          value={line.discountRate}
          onChange={(e) => onChange({ discountRate: e.currentTarget.value })}
          onKeyDown={enterAddsLine}
          error={errors.discountRate}
        />
      </Table.Td>
      <Table.Td w={120}>
        <Select
          aria-label={label("VAT rate")}
          allowDeselect={false}
          data={choices.vatRates}
          value={line.vatRateId ?? "none"}
          onChange={(id) => onChange({ vatRateId: id === "none" ? null : id })}
          error={errors.vatRateId}
          comboboxProps={{ width: 200 }}
        />
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }} pt={14}>
        <Text size="sm" fw={600} aria-label={label("amount")} style={{ fontVariantNumeric: "tabular-nums" }}>
          {amounts ? formatAmount(amounts.lineAmount) : "—"}
        </Text>
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }} pt={14}>
        <Text size="sm" c="dimmed" aria-label={label("VAT")} style={{ fontVariantNumeric: "tabular-nums" }}>
          {amounts ? formatAmount(amounts.taxAmount) : "—"}
        </Text>
      </Table.Td>
      <Table.Td w={40} pt={10}>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Remove line ${number}`}
          onClick={props.onRemove}
        >
          <CloseIcon size={16} />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

/** "2026-11" → "November 2026". */
function monthName(period: string): string {
  const [year, month] = period.split("-").map(Number);
  return new Date(Date.UTC(year!, month! - 1, 1)).toLocaleDateString("en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
