import { Table, Text } from "@mantine/core";
import type { ContractLine } from "../../../../shared/api/contracts.js";
import { FREQUENCY_LABELS, periodLabel, priceLabel } from "./contract-form.js";

/** Saved lines, to read: what is billed, how often, and from when. */
export function ContractLinesTable({ lines }: { lines: readonly ContractLine[] }) {
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table aria-label="Contract lines" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Product</Table.Th>
            <Table.Th>Description</Table.Th>
            <Table.Th ta="right">Qty</Table.Th>
            <Table.Th ta="right">Unit price</Table.Th>
            <Table.Th>Billed</Table.Th>
            <Table.Th>Period</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {line.product.code}
                </Text>
                <Text size="xs" c="dimmed">
                  {line.product.name}
                </Text>
              </Table.Td>
              <Table.Td>
                {line.description ?? (
                  <Text c="dimmed" size="sm">
                    {line.product.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                {line.quantity}
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}>
                {line.unitPrice !== null ? (
                  priceLabel(line.unitPrice)
                ) : (
                  <Text size="sm" c="dimmed" span>
                    Product's price
                    {line.product.unitPrice !== null && ` (${priceLabel(line.product.unitPrice)})`}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{FREQUENCY_LABELS[line.frequency]}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{periodLabel(line)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
