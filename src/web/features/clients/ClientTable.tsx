import { Anchor, Badge, Checkbox, Group, Stack, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import type { Client } from "../../../shared/api/clients.js";
import { formatDate } from "../../lib/dates.js";
import type { ClientSort } from "./client-list-params.js";
import { IntegrationBadge } from "./IntegrationBadge.js";
import { personName } from "./person-name.js";
import { SortableHeader } from "./SortableHeader.js";
import type { ClientSelection } from "./use-client-selection.js";
import type { Density } from "./use-density.js";

interface ClientTableProps {
  clients: Client[];
  sort: ClientSort;
  onSort: (column: string) => void;
  /** A newer page is loading: the current one stays, dimmed. */
  busy: boolean;
  selection: ClientSelection;
  density: Density;
  /** Member id → name, for the Responsible column. */
  memberNames: ReadonlyMap<string, string>;
}

function Dash() {
  return (
    <Text span c="dimmed">
      —
    </Text>
  );
}

function ClientRow({
  client,
  selected,
  onToggle,
  responsible,
}: {
  client: Client;
  selected: boolean;
  onToggle: () => void;
  responsible: string | null;
}) {
  const person = client.primaryPerson;
  return (
    <Table.Tr bg={selected ? "var(--mantine-color-kontor-light)" : undefined}>
      <Table.Td w={40}>
        <Checkbox checked={selected} onChange={onToggle} aria-label={`Select ${client.name}`} />
      </Table.Td>
      <Table.Td miw={190}>
        <Stack gap={0}>
          <Group gap={6} wrap="nowrap">
            <Anchor component={Link} to={`/clients/${client.id}`} fw={600} size="sm">
              {client.name}
            </Anchor>
            {client.archived && (
              <Badge size="xs" color="gray" variant="light" tt="none">
                Archived
              </Badge>
            )}
          </Group>
          {client.shortMark && (
            <Text size="xs" c="dimmed">
              {client.shortMark}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        {client.registryCode ?? (
          <Text span c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={0} maw={220}>
          {client.email && (
            <Text size="sm" truncate title={client.email}>
              {client.email}
            </Text>
          )}
          {client.phone && (
            <Text size="xs" c="dimmed">
              {client.phone}
            </Text>
          )}
          {!client.email && !client.phone && (
            <Text span c="dimmed">
              —
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>{person ? personName(person) : <Dash />}</Table.Td>
      <Table.Td>{responsible ?? <Dash />}</Table.Td>
      <Table.Td>
        <IntegrationBadge xero={client.xero} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(client.updatedAt)}</Table.Td>
    </Table.Tr>
  );
}

/** The client register, one page of it; the headers of sortable columns sort it. */
export function ClientTable({
  clients,
  sort,
  onSort,
  busy,
  selection,
  density,
  memberNames,
}: ClientTableProps) {
  const header = (label: string, column: string) => (
    <SortableHeader label={label} column={column} sort={sort} onSort={onSort} />
  );
  const pageIds = clients.map((c) => c.id);
  const ticked = pageIds.filter((id) => selection.has(id)).length;
  return (
    <Table.ScrollContainer minWidth={880} type="native">
      <Table
        verticalSpacing={density === "compact" ? 4 : "sm"}
        fz={density === "compact" ? "sm" : undefined}
        highlightOnHover
        aria-label="Clients"
        aria-busy={busy}
        style={{ opacity: busy ? 0.6 : 1, transition: "opacity 120ms" }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label="Select the clients on this page"
                checked={ticked > 0 && ticked === pageIds.length}
                indeterminate={ticked > 0 && ticked < pageIds.length}
                onChange={() => selection.togglePage(pageIds)}
              />
            </Table.Th>
            {header("Name", "name")}
            {header("Registry code", "registryCode")}
            <Table.Th>Contact</Table.Th>
            <Table.Th style={{ whiteSpace: "nowrap" }}>Primary person</Table.Th>
            <Table.Th>Responsible</Table.Th>
            <Table.Th>Integration</Table.Th>
            {header("Updated", "updatedAt")}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client) => (
            <ClientRow
              key={client.id}
              client={client}
              selected={selection.has(client.id)}
              onToggle={() => selection.toggle(client.id)}
              responsible={
                client.responsibleUserId ? (memberNames.get(client.responsibleUserId) ?? null) : null
              }
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
