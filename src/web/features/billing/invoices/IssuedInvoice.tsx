import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { Link } from "react-router";
import type { Invoice } from "../../../../shared/api/invoices.js";
import { CreditNoteDialog } from "./CreditNoteDialog.js";
import { PdfMenu } from "./InvoiceActions.js";
import { InvoiceTotalsPanel } from "./InvoiceTotalsPanel.js";
import { formatAmount, formatDay } from "./invoice-format.js";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

const AMOUNTS = { exclusive: "Tax exclusive", inclusive: "Tax inclusive", none: "No tax" } as const;

/** An issued invoice or credit note: read-only, with its PDF, its links and (for the Owner and Admins) Credit note. */
export function IssuedInvoice({ invoice, canManage }: { invoice: Invoice; canManage: boolean }) {
  const [crediting, setCrediting] = useState(false);
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="md">
          <Fact label="Client">
            <Anchor component={Link} to={`/clients/${invoice.client.id}`} inherit>
              {invoice.client.name}
            </Anchor>
          </Fact>
          <Fact label="Date">{formatDay(invoice.date)}</Fact>
          <Fact label="Due date">{formatDay(invoice.dueDate)}</Fact>
          <Fact label="Currency">{invoice.currency}</Fact>
          <Fact label="Reference">{invoice.reference ?? "—"}</Fact>
          <Fact label="Amounts are">{AMOUNTS[invoice.amountsAre]}</Fact>
        </SimpleGrid>
      </Paper>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={700} type="native">
          <Table aria-label="Invoice lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Description</Table.Th>
                <Table.Th ta="right">Qty</Table.Th>
                <Table.Th ta="right">Unit price</Table.Th>
                <Table.Th ta="right">Disc. %</Table.Th>
                <Table.Th ta="right">VAT %</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                <Table.Th ta="right">VAT</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoice.lines.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td>{line.description}</Table.Td>
                  <Table.Td ta="right">{line.quantity}</Table.Td>
                  <Table.Td ta="right">{formatAmount(line.unitPrice)}</Table.Td>
                  <Table.Td ta="right">{line.discountRate ?? ""}</Table.Td>
                  <Table.Td ta="right">{line.vatRate}</Table.Td>
                  <Table.Td ta="right">{formatAmount(line.lineAmount)}</Table.Td>
                  <Table.Td ta="right">{formatAmount(line.taxAmount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <InvoiceTotalsPanel {...invoice} />
      {invoice.creditNotes.length > 0 && (
        <Text size="sm">
          Credited by{" "}
          {invoice.creditNotes.map((credit, i) => (
            <span key={credit.id}>
              {i > 0 && ", "}
              <Anchor component={Link} to={`/billing/invoices/${credit.id}`} inherit>
                {credit.number}
              </Anchor>{" "}
              ({formatAmount(credit.total)} {invoice.currency})
            </span>
          ))}
          .
        </Text>
      )}
      <Group justify="flex-end" gap="sm">
        <PdfMenu invoice={invoice} />
        {canManage && invoice.kind === "invoice" && (
          <Button variant="default" onClick={() => setCrediting(true)}>
            Credit note
          </Button>
        )}
      </Group>
      {crediting && <CreditNoteDialog invoice={invoice} opened onClose={() => setCrediting(false)} />}
    </Stack>
  );
}
