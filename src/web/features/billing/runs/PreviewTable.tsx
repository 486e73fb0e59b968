import { Anchor, Group, Paper, Stack, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import type { BillingRunPreview } from "../../../../shared/api/contracts.js";
import { formatAmount, formatDay } from "../invoices/invoice-format.js";

type PreviewInvoice = BillingRunPreview["invoices"][number];

const numbers = { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" } as const;

function Money({ amount, currency }: { amount: string; currency: string }) {
  return (
    <>
      {formatAmount(amount)}{" "}
      <Text span c="dimmed" size="xs">
        {currency}
      </Text>
    </>
  );
}

function InvoiceRow({ invoice }: { invoice: PreviewInvoice }) {
  return (
    <Table.Tr>
      <Table.Td style={{ verticalAlign: "top" }}>
        <Anchor component={Link} to={`/clients/${invoice.client.id}`} size="sm" fw={600} c="dark">
          {invoice.client.name}
        </Anchor>
      </Table.Td>
      <Table.Td style={{ verticalAlign: "top", whiteSpace: "nowrap" }}>{formatDay(invoice.date)}</Table.Td>
      <Table.Td style={{ verticalAlign: "top" }}>
        <Stack gap={2}>
          {invoice.lines.map((line, i) => (
            // Lines have no id before the invoice exists; their order is the contract's.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Group key={i} gap="xs" justify="space-between" wrap="nowrap">
              <Text size="sm">{line.description}</Text>
              <Text size="sm" c="dimmed" style={numbers}>
                {line.quantity} × {formatAmount(line.unitPrice)}
              </Text>
            </Group>
          ))}
        </Stack>
      </Table.Td>
      <Table.Td ta="right" style={{ ...numbers, verticalAlign: "top" }}>
        <Money amount={invoice.total} currency={invoice.currency} />
        {/* The lines' amounts and the total differ by the VAT: say how much it is. */}
        {/[1-9]/.test(invoice.totalTax) && (
          <Text size="xs" c="dimmed">
            incl. VAT {formatAmount(invoice.totalTax)}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The invoices a run would make: one row per client, its lines, and the totals per currency. */
export function PreviewTable({ preview }: { preview: BillingRunPreview }) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" aria-label="Invoices to create">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Client</Table.Th>
              <Table.Th>Date</Table.Th>
              <Table.Th>Lines</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.invoices.map((invoice) => (
              <InvoiceRow key={invoice.client.id} invoice={invoice} />
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            {preview.totals.map((total) => (
              <Table.Tr key={total.currency}>
                <Table.Th colSpan={3} ta="right">
                  Total in {total.currency}, {total.invoices} {total.invoices === 1 ? "invoice" : "invoices"}
                </Table.Th>
                <Table.Th ta="right" style={numbers}>
                  <Money amount={total.total} currency={total.currency} />
                </Table.Th>
              </Table.Tr>
            ))}
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
