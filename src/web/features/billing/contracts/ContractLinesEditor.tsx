import { Button, Group, Table, Text, TextInput } from "@mantine/core";
import { useMemo } from "react";
import type { Product } from "../../../../shared/api/billing.js";
import { PlusIcon } from "../../../components/icons.js";
import { ContractLineRow, type ProductChoice } from "./ContractLineRow.js";
import { type ContractDraft, emptyContractLine, monthOf } from "./contract-form.js";

/** Active products, plus any a line uses that is archived now (so the line shows as it is). */
function productChoices(products: readonly Product[], used: ReadonlySet<string>): ProductChoice[] {
  return products
    .filter((p) => p.active || used.has(p.id))
    .map((p) => ({
      value: p.id,
      label: `${p.code} — ${p.name}${p.active ? "" : " (archived)"}`,
      unitPrice: p.unitPrice,
      description: p.description ?? p.name,
    }));
}

interface ContractLinesEditorProps {
  draft: ContractDraft;
  onChange: (draft: ContractDraft) => void;
  products: readonly Product[];
  /** "billingDay", "2.quantity" → what is wrong with it. */
  errors: Record<string, string>;
}

/** The billing day and the recurring lines, shared by a client's contract and a template. */
export function ContractLinesEditor({ draft, onChange, products, errors }: ContractLinesEditorProps) {
  const used = useMemo(() => new Set(draft.lines.map((l) => l.productId ?? "")), [draft.lines]);
  const choices = useMemo(() => productChoices(products, used), [products, used]);
  const lines = draft.lines;
  const setLines = (next: ContractDraft["lines"]) => onChange({ ...draft, lines: next });
  const lineErrors = (index: number) => ({
    productId: errors[`${index}.productId`],
    description: errors[`${index}.description`],
    quantity: errors[`${index}.quantity`],
    unitPrice: errors[`${index}.unitPrice`],
    frequency: errors[`${index}.frequency`],
    startMonth: errors[`${index}.startMonth`],
    endMonth: errors[`${index}.endMonth`] ?? errors[`${index}.id`],
  });

  return (
    <div>
      <TextInput
        label="Billing day"
        description="The day of the month the invoice is made; 29–31 mean the last day in shorter months"
        inputMode="numeric"
        autoComplete="off"
        w={{ base: "100%", xs: 420 }}
        mb="md"
        value={draft.billingDay}
        onChange={(e) => onChange({ ...draft, billingDay: e.currentTarget.value })}
        error={errors.billingDay}
        aria-invalid={errors.billingDay ? true : undefined}
      />
      <Table.ScrollContainer minWidth={920} type="native">
        <Table aria-label="Contract lines" verticalSpacing={6} horizontalSpacing={5}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Product and description</Table.Th>
              <Table.Th ta="right">Qty</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: "nowrap" }}>
                Unit price
              </Table.Th>
              <Table.Th>Billed</Table.Th>
              <Table.Th>From</Table.Th>
              <Table.Th>Until</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, index) => (
              <ContractLineRow
                key={line.key}
                line={line}
                number={index + 1}
                products={choices}
                errors={lineErrors(index)}
                onChange={(change) => setLines(lines.map((l, i) => (i === index ? { ...l, ...change } : l)))}
                onRemove={() => setLines(lines.filter((_, i) => i !== index))}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" mt="xs" gap="xs">
        <Button
          variant="subtle"
          leftSection={<PlusIcon size={16} />}
          onClick={() => setLines([...lines, emptyContractLine(monthOf(new Date()))])}
        >
          Add line
        </Button>
        <Text size="xs" c="dimmed">
          An empty unit price is the product's price when the invoice is made. Up to 4 decimals.
        </Text>
      </Group>
    </div>
  );
}
