import { Badge, Group, Text } from "@mantine/core";
import type { Connection } from "../../../shared/api/integrations.js";
import { connectionHeadline, connectionState, STATE_COLORS } from "./connection-state.js";

interface ConnectionStatusLineProps {
  connection: Connection;
  /** Name the demo Xero when Kontor talks to it. */
  withSandbox?: boolean;
  size?: "sm" | "md";
}

/** Where the connection stands, in one line: a coloured dot and "Connected to Northwind Bakery Ltd". */
export function ConnectionStatusLine({
  connection,
  withSandbox = false,
  size = "sm",
}: ConnectionStatusLineProps) {
  const state = connectionState(connection);
  return (
    <Group gap="xs" wrap="wrap">
      <Group gap="xs" wrap="nowrap" align="baseline" style={{ minWidth: 0 }}>
        <span
          aria-hidden="true"
          style={{
            flexShrink: 0,
            width: size === "md" ? 10 : 8,
            height: size === "md" ? 10 : 8,
            borderRadius: "50%",
            background: `var(--mantine-color-${STATE_COLORS[state]}-6)`,
          }}
        />
        <Text size={size} fw={600}>
          {connectionHeadline(connection)}
        </Text>
      </Group>
      {withSandbox && connection.sandbox && (
        <Badge color="grape" variant="light" tt="none" radius="sm" size="sm">
          {connection.label}
        </Badge>
      )}
    </Group>
  );
}
