import { Anchor, Box, Text } from "@mantine/core";
import { Link } from "react-router";
import type { CalendarItem } from "../../../shared/api/calendar.js";

/**
 * One item on a calendar day. A task links to its page (red when overdue, struck through when
 * done); a planned occurrence (not a task yet) is lighter, dashed, labelled and not clickable.
 */
export function CalendarEntry({ item }: { item: CalendarItem }) {
  const label = `${item.title} — ${item.client.name}`;
  if (item.planned || item.id === null) {
    return (
      <Box
        data-planned="true"
        px={6}
        py={2}
        style={{
          border: "1px dashed var(--mantine-color-gray-5)",
          borderRadius: 4,
          opacity: 0.7,
        }}
        title={`${label} (planned)`}
      >
        <Text size="xs" c="dimmed" truncate>
          <Text span size="xs" fw={600} tt="uppercase" mr={4}>
            planned
          </Text>
          {item.title}
        </Text>
      </Box>
    );
  }
  const done = item.status === "done";
  return (
    <Anchor
      component={Link}
      to={`/tasks/${item.id}`}
      display="block"
      px={6}
      py={2}
      size="xs"
      c={item.overdue ? "red.8" : done ? "dimmed" : "dark"}
      bg={item.overdue ? "red.0" : done ? "gray.0" : "kontor.0"}
      td={done ? "line-through" : undefined}
      fw={item.overdue ? 600 : 500}
      style={{ borderRadius: 4, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" }}
      title={label}
    >
      {item.title}
      <Text span size="xs" c="dimmed" ml={4}>
        {item.client.name}
      </Text>
    </Anchor>
  );
}
