import { Anchor, Badge, Checkbox, Group, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import type { InvoiceListItem } from "../../../../shared/api/invoices.js";
import { SortableHeader } from "../../clients/SortableHeader.js";
import { formatAmount, formatDay, statusOf } from "./invoice-format.js";
import type { InvoiceSort } from "./invoice-list-params.js";
import type { InvoiceSelection } from "./use-invoice-selection.js";

interface InvoiceTableProps {
  invoices: InvoiceListItem[];
  sort: InvoiceSort;
  onSort: (column: string) => void;
  /** A newer page is loading: the current one stays, dimmed. */
  busy: boolean;
  selection: InvoiceSelection;
}

function InvoiceRow({ invoice, selection }: { invoice: InvoiceListItem; selection: InvoiceSelection }) {
  const status = statusOf(invoice);
  const selected = selection.has(invoice.id);
  return (
    <Table.Tr bg={selected ? "var(--mantine-color-kontor-light)" : undefined}>
      <Table.Td w={40}>
        <Checkbox
          checked={selected}
          onChange={() => selection.toggle(invoice)}
          aria-label={`Select ${invoice.number ?? "the invoice in progress"} for ${invoice.client.name}`}
        />
      </Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/billing/invoices/${invoice.id}`} fw={600} size="sm">
            {invoice.number ?? (
              <Text span fs="italic" inherit>
                No number yet
              </Text>
            )}
          </Anchor>
          {invoice.kind === "credit_note" && (
            <Badge size="xs" variant="light" color="grape" tt="none">
              Credit note
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/clients/${invoice.client.id}`} size="sm" c="dark">
          {invoice.client.name}
        </Anchor>
      </Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDay(invoice.date)}</Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDay(invoice.dueDate)}</Table.Td>
      <Table.Td>
        <Badge color={status.color} variant="light" tt="none">
          {status.label}
        </Badge>
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>
        {formatAmount(invoice.total)}{" "}
        <Text span c="dimmed" size="xs">
          {invoice.currency}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** One page of All invoices; the headers of sortable columns sort it. */
export function InvoiceTable({ invoices, sort, onSort, busy, selection }: InvoiceTableProps) {
  const header = (label: string, column: string) => (
    <SortableHeader label={label} column={column} sort={sort} onSort={onSort} />
  );
  const ticked = invoices.filter((invoice) => selection.has(invoice.id)).length;
  return (
    <Table.ScrollContainer minWidth={820} type="native">
      <Table
        highlightOnHover
        aria-label="Invoices"
        aria-busy={busy}
        style={{ opacity: busy ? 0.6 : 1, transition: "opacity 120ms" }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label="Select the invoices on this page"
                checked={ticked > 0 && ticked === invoices.length}
                indeterminate={ticked > 0 && ticked < invoices.length}
                onChange={() => selection.togglePage(invoices)}
              />
            </Table.Th>
            {header("Number", "number")}
            {header("Client", "client")}
            {header("Date", "date")}
            {header("Due date", "dueDate")}
            <Table.Th>Status</Table.Th>
            {header("Total", "total")}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((invoice) => (
            <InvoiceRow key={invoice.id} invoice={invoice} selection={selection} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
