import { Anchor, Badge, Checkbox, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import type { Task } from "../../../shared/api/tasks.js";
import { STATUS_LABELS } from "./task-labels.js";

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const day = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));

interface TaskTableProps {
  tasks: Task[];
  label: string;
  /** Ticked rows, for bulk actions; without it the table has no tick boxes. */
  selected?: ReadonlySet<string>;
  onSelect?: (ids: string[], selected: boolean) => void;
  /** Leave the client column out (on a client's own page). */
  hideClient?: boolean;
}

/** Tasks in rows: title, client, topic, assignees, status and deadline (red when overdue). */
export function TaskTable({ tasks, label, selected, onSelect, hideClient }: TaskTableProps) {
  const ids = tasks.map((t) => t.id);
  const ticked = selected ? ids.filter((id) => selected.has(id)).length : 0;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={label} verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {selected && onSelect && (
              <Table.Th w={40}>
                <Checkbox
                  aria-label="Select all tasks on this page"
                  checked={ticked > 0 && ticked === ids.length}
                  indeterminate={ticked > 0 && ticked < ids.length}
                  onChange={(e) => onSelect(ids, e.currentTarget.checked)}
                />
              </Table.Th>
            )}
            <Table.Th>Task</Table.Th>
            {!hideClient && <Table.Th>Client</Table.Th>}
            <Table.Th>Topic</Table.Th>
            <Table.Th>Assignees</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Deadline</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr
              key={task.id}
              bg={selected?.has(task.id) ? "var(--mantine-primary-color-light)" : undefined}
            >
              {selected && onSelect && (
                <Table.Td>
                  <Checkbox
                    aria-label={`Select ${task.title} for ${task.client.name}`}
                    checked={selected.has(task.id)}
                    onChange={(e) => onSelect([task.id], e.currentTarget.checked)}
                  />
                </Table.Td>
              )}
              <Table.Td>
                <Anchor component={Link} to={`/tasks/${task.id}`} size="sm" fw={600} c="dark">
                  {task.title}
                </Anchor>
              </Table.Td>
              {!hideClient && (
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${task.client.id}`} size="sm">
                    {task.client.name}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td>
                {task.topic && (
                  <Badge variant="light" color="gray">
                    {task.topic.name}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={task.assignees.length === 0 ? "dimmed" : undefined}>
                  {task.assignees.length === 0 ? "Nobody" : task.assignees.map((a) => a.name).join(", ")}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{STATUS_LABELS[task.status]}</Text>
              </Table.Td>
              <Table.Td c={task.overdue ? "red" : undefined} fw={task.overdue ? 600 : undefined}>
                <Text size="sm" inherit>
                  {day(task.deadline)}
                  {task.overdue && (
                    <Text span size="xs" inherit>
                      {" "}
                      · overdue
                    </Text>
                  )}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
