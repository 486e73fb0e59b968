import { Badge, Group, Paper, Table, Text, Tooltip } from "@mantine/core";
import type { ReactNode } from "react";
import type { Currency, ResourceCode, VatRate } from "../../../shared/api/billing.js";
import { LockIcon } from "../../components/icons.js";
import { formatRate } from "./billing-format.js";

function Inactive({ active }: { active: boolean }) {
  if (active) return null;
  return (
    <Badge size="xs" color="gray" variant="light" tt="none">
      Inactive
    </Badge>
  );
}

function Dash() {
  return (
    <Text span c="dimmed">
      —
    </Text>
  );
}

function ListTable({ label, head, children }: { label: string; head: string[]; children: ReactNode }) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={560} type="native">
        <Table verticalSpacing="sm" aria-label={label} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              {head.map((h) => (
                <Table.Th key={h} style={{ whiteSpace: "nowrap" }}>
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

const muted = (active: boolean) => (active ? undefined : { color: "var(--mantine-color-dimmed)" });

export function VatRatesTable({ vatRates }: { vatRates: VatRate[] }) {
  return (
    <ListTable label="VAT rates" head={["VAT rate", "Rate", "Xero tax type", "Status"]}>
      {vatRates.map((r) => (
        <Table.Tr key={r.id} style={muted(r.active)}>
          <Table.Td>
            <Text size="sm" fw={500}>
              {r.name}
            </Text>
          </Table.Td>
          <Table.Td style={{ fontVariantNumeric: "tabular-nums" }}>{formatRate(r.rate)}</Table.Td>
          <Table.Td ff="monospace" fz="sm">
            {r.taxType ?? <Dash />}
          </Table.Td>
          <Table.Td>
            <Group gap={6} wrap="nowrap">
              <Inactive active={r.active} />
              {r.readOnly && (
                <Tooltip label="Imported from Xero: change it in Xero, then import again" withArrow>
                  <Badge
                    size="sm"
                    color="gray"
                    variant="outline"
                    tt="none"
                    leftSection={<LockIcon size={12} />}
                    tabIndex={0}
                  >
                    Read-only
                  </Badge>
                </Tooltip>
              )}
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}

export function ResourceCodesTable({ resourceCodes }: { resourceCodes: ResourceCode[] }) {
  return (
    <ListTable label="Resource codes" head={["Code", "Name"]}>
      {resourceCodes.map((r) => (
        <Table.Tr key={r.id} style={muted(r.active)}>
          <Table.Td ff="monospace" fz="sm" w={120}>
            {r.code}
          </Table.Td>
          <Table.Td>
            <Group gap={6}>
              <Text size="sm">{r.name}</Text>
              <Inactive active={r.active} />
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}

export function CurrenciesTable({ currencies }: { currencies: Currency[] }) {
  return (
    <ListTable label="Currencies" head={["Code", "Currency"]}>
      {currencies.map((c) => (
        <Table.Tr key={c.code}>
          <Table.Td ff="monospace" fz="sm" w={120}>
            {c.code}
          </Table.Td>
          <Table.Td>{c.description}</Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}
