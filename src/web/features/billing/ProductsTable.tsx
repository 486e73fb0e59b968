import { Badge, Button, Group, Paper, Stack, Table, Text, Tooltip } from "@mantine/core";
import type { Product } from "../../../shared/api/billing.js";
import { formatPrice } from "./billing-format.js";

interface ProductsTableProps {
  products: Product[];
  /** Edit, archive and restore buttons; only for the Owner and Admins. */
  actions?: {
    onEdit: (product: Product) => void;
    onArchive: (product: Product) => void;
    onRestore: (product: Product) => void;
    /** The product whose restore is under way. */
    restoring: string | null;
  };
}

/** An imported product's link to its Xero item: the ItemID in a tooltip, reachable by keyboard. */
function XeroLink({ xero }: { xero: Product["xero"] }) {
  if (!xero) return null;
  return (
    <Tooltip
      label={`Imported from Xero item ${xero.itemId}. The next import updates the fields changed in Xero.`}
      withArrow
      multiline
      w={280}
      events={{ hover: true, focus: true, touch: true }}
    >
      <Badge
        size="xs"
        color="cyan"
        variant="light"
        tt="none"
        tabIndex={0}
        aria-label={`Linked to Xero item ${xero.itemId}`}
      >
        Xero
      </Badge>
    </Tooltip>
  );
}

function Dash() {
  return (
    <Text span c="dimmed">
      —
    </Text>
  );
}

export function ProductsTable({ products, actions }: ProductsTableProps) {
  const head = ["Product code", "Product", "Unit", "Unit price", "Resource code", "VAT rate"];
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={720} type="native">
        <Table verticalSpacing="sm" aria-label="Products" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              {head.map((h) => (
                <Table.Th key={h} style={{ whiteSpace: "nowrap" }}>
                  {h}
                </Table.Th>
              ))}
              {actions && <Table.Th aria-label="Actions" />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {products.map((p) => (
              <Table.Tr key={p.id} style={p.active ? undefined : { color: "var(--mantine-color-dimmed)" }}>
                <Table.Td ff="monospace" fz="sm" style={{ whiteSpace: "nowrap" }}>
                  {p.code}
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Group gap={6}>
                      <Text size="sm" fw={500}>
                        {p.name}
                      </Text>
                      <XeroLink xero={p.xero} />
                      {!p.active && (
                        <Badge size="xs" color="gray" variant="light" tt="none">
                          Archived
                        </Badge>
                      )}
                    </Group>
                    {p.description && p.description !== p.name && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {p.description}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>{p.unit ?? <Dash />}</Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>
                  {formatPrice(p.unitPrice)}
                </Table.Td>
                <Table.Td>{p.resourceCode?.code ?? <Dash />}</Table.Td>
                <Table.Td>{p.vatRate?.name ?? <Dash />}</Table.Td>
                {actions && (
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => actions.onEdit(p)}
                        aria-label={`Edit ${p.code}`}
                      >
                        Edit
                      </Button>
                      {p.active ? (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() => actions.onArchive(p)}
                          aria-label={`Archive ${p.code}`}
                        >
                          Archive
                        </Button>
                      ) : (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={() => actions.onRestore(p)}
                          loading={actions.restoring === p.id}
                          aria-label={`Restore ${p.code}`}
                        >
                          Restore
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
