import { Alert, Button, Group, List, Progress, SimpleGrid, Stack, Text } from "@mantine/core";
import type { ClassificatorImport, ProductField } from "../../../shared/api/imports.js";
import { CheckIcon, WarningIcon } from "../../components/icons.js";

function counts({ created, updated, unchanged }: { created: number; updated: number; unchanged: number }) {
  const parts = [];
  if (created) parts.push(`${created} new`);
  if (updated) parts.push(`${updated} updated`);
  if (unchanged || parts.length === 0) parts.push(`${unchanged} unchanged`);
  return parts.join(", ");
}

const ROWS = [
  ["vatRates", "VAT rates"],
  ["resourceCodes", "Resource codes"],
  ["products", "Products"],
  ["currencies", "Currencies"],
] as const;

interface ClassificatorImportResultProps {
  run: ClassificatorImport;
  organisation: string;
  onDismiss: () => void;
  onRetry: () => void;
  retrying: boolean;
}

/** A classificator import while it runs, and what it created, updated or left unchanged. */
export function ClassificatorImportResult({
  run,
  organisation,
  onDismiss,
  onRetry,
  retrying,
}: ClassificatorImportResultProps) {
  if (run.status === "failed")
    return (
      <Alert
        color="red"
        variant="light"
        icon={<WarningIcon />}
        title="Classificators were not imported"
        role="alert"
      >
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{run.error ?? "The import stopped."} Nothing already in Kontor was lost.</Text>
          <Group gap="sm">
            <Button size="xs" variant="white" color="red" onClick={onRetry} loading={retrying}>
              Try again
            </Button>
            <Button size="xs" variant="subtle" color="red" onClick={onDismiss}>
              Dismiss
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  if (run.status !== "done" || !run.summary)
    return (
      <Stack gap={6} role="status" aria-live="polite">
        <Text size="sm">
          Importing VAT rates, resource codes, products and currencies from {organisation}…
        </Text>
        <Progress value={100} striped animated aria-label="Importing classificators" />
      </Stack>
    );
  const summary = run.summary;
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<CheckIcon />}
      title={`Classificators imported from ${organisation}`}
      role="status"
      withCloseButton
      closeButtonLabel="Dismiss the import's result"
      onClose={onDismiss}
    >
      <SimpleGrid
        component="ul"
        cols={{ base: 1, xs: 2, md: 4 }}
        spacing="xs"
        m={0}
        p={0}
        style={{ listStyle: "none" }}
        aria-label="Classificators imported"
      >
        {ROWS.map(([key, label]) => (
          <li key={key}>
            <Text size="sm" fw={600}>
              {label}
            </Text>
            <Text size="sm">{counts(summary[key])}</Text>
          </li>
        ))}
      </SimpleGrid>
      <ProductChanges changes={summary.productChanges ?? []} />
      <Refused refused={summary.refused ?? []} />
    </Alert>
  );
}

const FIELDS: Record<ProductField, string> = {
  code: "product code",
  name: "name",
  description: "description",
  unitPrice: "unit price",
  resourceCode: "resource code",
  vatRate: "VAT rate",
  active: "sold in Xero",
};

type ProductChange = NonNullable<NonNullable<ClassificatorImport["summary"]>["productChanges"]>[number];

function changeText({ fields, active }: ProductChange): string {
  if (!active) return "archived, no longer sold in Xero";
  const changed = fields.filter((f) => f !== "active").map((f) => FIELDS[f]);
  const text = changed.length ? `${changed.join(", ")} changed` : "";
  return fields.includes("active") ? [text, "restored, sold in Xero again"].filter(Boolean).join("; ") : text;
}

/** Which products the import changed, and which of their fields changed in Xero. */
function ProductChanges({ changes }: { changes: ProductChange[] }) {
  if (changes.length === 0) return null;
  return (
    <Stack gap={4} mt="sm">
      <Text size="sm" fw={600}>
        Products changed in Xero ({changes.length})
      </Text>
      <List size="sm" spacing={2} aria-label="Products changed in Xero">
        {changes.slice(0, 50).map((c) => (
          <List.Item key={c.code} style={{ overflowWrap: "anywhere" }}>
            {c.code} {c.name}: {changeText(c)}
          </List.Item>
        ))}
      </List>
      {changes.length > 50 && <Text size="sm">and {changes.length - 50} more.</Text>}
    </Stack>
  );
}

const KINDS = {
  vatRate: "Tax rate",
  resourceCode: "Account",
  product: "Item",
  currency: "Currency",
} as const;

type Refusal = NonNullable<NonNullable<ClassificatorImport["summary"]>["refused"]>[number];

/** What Xero sent that Kontor could not take, each with why; everything else was imported. */
function Refused({ refused }: { refused: Refusal[] }) {
  if (refused.length === 0) return null;
  return (
    <Stack gap={4} mt="sm">
      <Text size="sm" fw={600} c="red.8">
        Not imported ({refused.length})
      </Text>
      <List size="sm" spacing={2} aria-label="Not imported">
        {refused.slice(0, 50).map((r, i) => (
          <List.Item key={`${r.kind}-${r.code ?? i}`} style={{ overflowWrap: "anywhere" }}>
            {KINDS[r.kind]} {r.name ?? r.code ?? ""}: {r.reason}
          </List.Item>
        ))}
      </List>
      {refused.length > 50 && <Text size="sm">and {refused.length - 50} more.</Text>}
    </Stack>
  );
}
