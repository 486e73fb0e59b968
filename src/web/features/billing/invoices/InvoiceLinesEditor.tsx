import { Button, Group, Table, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { PlusIcon } from "../../../components/icons.js";
import { InvoiceLineRow, type LineChoices } from "./InvoiceLineRow.js";
import { emptyLine, type LineDraft, type LiveTotals, withProduct } from "./invoice-draft.js";
import type { EditorLists } from "./use-editor-lists.js";

interface InvoiceLinesEditorProps {
  lines: LineDraft[];
  onLines: (lines: LineDraft[]) => void;
  lists: EditorLists;
  choices: LineChoices;
  live: LiveTotals;
  /** "2.quantity" → the server's or the editor's word on it. */
  errors: Record<string, string>;
  amountsAre: string;
}

/** The invoice's lines: a product fills a line, Enter adds one, each shows its amount and VAT. */
export function InvoiceLinesEditor({
  lines,
  onLines,
  lists,
  choices,
  live,
  errors,
  amountsAre,
}: InvoiceLinesEditorProps) {
  const [focusKey, setFocusKey] = useState<string | null>(null);

  // A line just added: the cursor goes to its description.
  useEffect(() => {
    if (!focusKey) return;
    document.querySelector<HTMLInputElement>(`[data-line="${focusKey}"] [data-field="description"]`)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const set = (index: number, line: LineDraft) => onLines(lines.map((l, i) => (i === index ? line : l)));
  function addAfter(index: number) {
    const line = emptyLine(lists.settings.defaultVatRateId);
    onLines([...lines.slice(0, index + 1), line, ...lines.slice(index + 1)]);
    setFocusKey(line.key);
  }

  return (
    <div>
      <Table.ScrollContainer minWidth={940} type="native">
        <Table aria-label="Invoice lines" verticalSpacing={6} horizontalSpacing={5}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Product</Table.Th>
              <Table.Th>Description</Table.Th>
              <Table.Th ta="right">Qty</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: "nowrap" }}>
                Unit price
              </Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: "nowrap" }}>
                Disc. %
              </Table.Th>
              <Table.Th>VAT rate</Table.Th>
              <Table.Th ta="right">{amountsAre === "inclusive" ? "Incl. VAT" : "Amount"}</Table.Th>
              <Table.Th ta="right">VAT</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, index) => (
              <InvoiceLineRow
                key={line.key}
                line={line}
                number={index + 1}
                choices={choices}
                amounts={live.lines[index] ?? null}
                errors={{
                  description: errors[`${index}.description`],
                  quantity: errors[`${index}.quantity`],
                  unitPrice: errors[`${index}.unitPrice`],
                  discountRate: errors[`${index}.discountRate`],
                  vatRateId: errors[`${index}.vatRateId`],
                }}
                onChange={(change) => set(index, { ...line, ...change })}
                onProduct={(id) => {
                  const product = lists.products.find((p) => p.id === id);
                  set(index, product ? withProduct(line, product) : { ...line, productId: null });
                }}
                onRemove={() => onLines(lines.filter((_, i) => i !== index))}
                onEnter={() => addAfter(index)}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" mt="xs">
        <Button
          variant="subtle"
          leftSection={<PlusIcon size={16} />}
          onClick={() => addAfter(lines.length - 1)}
        >
          Add line
        </Button>
        <Text size="xs" c="dimmed">
          Enter in a line adds the next one. Quantities and unit prices take up to 4 decimals.
        </Text>
      </Group>
    </div>
  );
}
