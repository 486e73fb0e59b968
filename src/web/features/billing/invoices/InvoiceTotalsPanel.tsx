import { Divider, Group, Paper, Stack, Text } from "@mantine/core";
import { formatAmount } from "./invoice-format.js";

interface InvoiceTotalsPanelProps {
  subTotal: string;
  totalTax: string;
  total: string;
  taxByRate: Array<{ rate: string; net: string; tax: string }>;
  currency: string;
  amountsAre: "exclusive" | "inclusive" | "none";
}

function Row({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <Group justify="space-between" gap="xl" wrap="nowrap">
      <Text size={strong ? "md" : "sm"} fw={strong ? 700 : 400} c={strong ? undefined : "dimmed"}>
        {label}
      </Text>
      <Text
        size={strong ? "md" : "sm"}
        fw={strong ? 700 : 500}
        style={{ fontVariantNumeric: "tabular-nums" }}
        aria-label={label}
      >
        {value}
      </Text>
    </Group>
  );
}

/** Subtotal, VAT per rate and the total, in the invoice's currency. */
export function InvoiceTotalsPanel(props: InvoiceTotalsPanelProps) {
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      w={{ base: "100%", sm: 340 }}
      ml="auto"
      role="region"
      aria-label="Totals"
    >
      <Stack gap={6}>
        <Row label="Subtotal" value={formatAmount(props.subTotal)} />
        {props.amountsAre !== "none" &&
          props.taxByRate.map((rate) => (
            <Row
              // Two VAT rates of one percent would print alike anyway.
              key={`${rate.rate}:${rate.net}:${rate.tax}`}
              label={`VAT ${rate.rate}% of ${formatAmount(rate.net)}`}
              value={formatAmount(rate.tax)}
            />
          ))}
        <Row label="Total VAT" value={formatAmount(props.totalTax)} />
        <Divider my={4} />
        <Row label="Total" value={`${formatAmount(props.total)} ${props.currency}`} strong />
      </Stack>
    </Paper>
  );
}
