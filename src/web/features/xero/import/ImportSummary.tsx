import { Alert, List, SimpleGrid, Stack, Text } from "@mantine/core";
import type { ImportSummary as Summary } from "../../../../shared/api/imports.js";
import { WarningIcon } from "../../../components/icons.js";

function Count({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Stack
      gap={0}
      align="center"
      py="xs"
      style={{ borderRadius: 8, background: "var(--mantine-color-gray-0)" }}
    >
      <Text fz={24} fw={700} c={color} style={{ fontVariantNumeric: "tabular-nums" }}>
        {value.toLocaleString("en-GB")}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

/** An import's outcome: created, updated, unchanged, skipped and failed (each with its reason). */
export function ImportSummary({ summary }: { summary: Summary }) {
  return (
    <Stack gap="md">
      <SimpleGrid
        component="ul"
        cols={{ base: 3, xs: 5 }}
        spacing="xs"
        aria-label="Import summary"
        m={0}
        p={0}
        style={{ listStyle: "none" }}
      >
        {(
          [
            ["Created", summary.created, "teal.8"],
            ["Updated", summary.updated, "blue.8"],
            ["Unchanged", summary.unchanged, undefined],
            ["Skipped", summary.skipped, undefined],
            ["Failed", summary.failed.length, summary.failed.length ? "red.8" : undefined],
          ] as const
        ).map(([label, value, color]) => (
          <li key={label}>
            <Count label={label} value={value} color={color} />
          </li>
        ))}
      </SimpleGrid>
      {summary.failed.length > 0 && (
        <Alert color="red" variant="light" icon={<WarningIcon />} title="Not imported" p="sm">
          <List size="sm" spacing={4} aria-label="Contacts not imported">
            {summary.failed.slice(0, 200).map((f) => (
              <List.Item key={f.xeroContactId}>
                <Text span size="sm" fw={600}>
                  {f.name ?? f.xeroContactId}
                </Text>
                : {f.reason}
              </List.Item>
            ))}
          </List>
          {summary.failed.length > 200 && (
            <Text size="sm" mt="xs">
              and {(summary.failed.length - 200).toLocaleString("en-GB")} more.
            </Text>
          )}
        </Alert>
      )}
      <Text size="xs" c="dimmed">
        Skipped: contacts you did not select. Unchanged: selected clients that already matched Xero.
      </Text>
    </Stack>
  );
}
