import { Group, Text } from "@mantine/core";

/** Kontor's small wordmark: a ledger-like monogram and the name. */
export function Wordmark({ size = "md" }: { size?: "md" | "lg" }) {
  const mark = size === "lg" ? 32 : 26;
  return (
    <Group gap={8} wrap="nowrap" aria-label="Kontor" role="img">
      <svg width={mark} height={mark} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="var(--mantine-color-kontor-8)" />
        <path d="M10 8v16" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
        <path
          d="M22 8l-8 8 8 8"
          fill="none"
          stroke="#fff"
          strokeWidth="3"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
        <path d="M18 16h6" stroke="var(--mantine-color-kontor-2)" strokeWidth="3" strokeLinecap="round" />
      </svg>
      <Text
        component="span"
        fw={700}
        fz={size === "lg" ? 24 : 19}
        c="kontor.9"
        style={{ letterSpacing: "-0.02em", lineHeight: 1 }}
      >
        Kontor
      </Text>
    </Group>
  );
}
