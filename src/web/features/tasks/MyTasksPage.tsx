import { Anchor, Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import type { Task } from "../../../shared/api/tasks.js";
import { todayIn } from "../../../shared/calendar-dates.js";
import { EmptyState } from "../../components/EmptyState.js";
import { CheckIcon, PlusIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { notifyFailure, notifySuccess } from "../../lib/notify.js";
import { usePageTitle } from "../../lib/use-page-title.js";
import { useCompanyCalendar } from "../company/company-calendar-api.js";
import { MoveToLater } from "./MoveToLater.js";
import { NewTaskDialog } from "./NewTaskDialog.js";
import { TasksTabs } from "./TasksTabs.js";
import { groupTasks } from "./task-buckets.js";
import { useMarkTaskDone, useTasks } from "./tasks-api.js";

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});
const yearFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
/** "Mon 20 Jan" this year; "20 Jan 2020" in another. */
const day = (date: string, today: string) =>
  (date.slice(0, 4) === today.slice(0, 4) ? dayFormat : yearFormat).format(new Date(`${date}T00:00:00Z`));

function TaskRow({ task, today }: { task: Task; today: string }) {
  const done = useMarkTaskDone();
  return (
    <Table.Tr>
      <Table.Td w={40}>
        <Checkbox
          aria-label={`Mark ${task.title} for ${task.client.name} done`}
          checked={done.isPending || done.isSuccess}
          disabled={done.isPending}
          onChange={() =>
            done.mutate(task.id, {
              onSuccess: () => notifySuccess(`${task.title} for ${task.client.name} is done.`),
              onError: (error) => notifyFailure(error, `${task.title} could not be marked done`),
            })
          }
        />
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/tasks/${task.id}`} size="sm" fw={600} c="dark">
          {task.title}
        </Anchor>
        <br />
        <Anchor component={Link} to={`/clients/${task.client.id}`} size="xs">
          {task.client.name}
        </Anchor>
      </Table.Td>
      <Table.Td w={160}>
        {task.topic && (
          <Badge variant="light" color="gray">
            {task.topic.name}
          </Badge>
        )}
      </Table.Td>
      <Table.Td w={130} c={task.overdue ? "red" : undefined} fw={task.overdue ? 600 : undefined}>
        {day(task.deadline, today)}
        {task.startDate && task.startDate > today && (
          <Text size="xs" c="dimmed">
            picked up {day(task.startDate, today)}
          </Text>
        )}
      </Table.Td>
      <Table.Td w={140} ta="right">
        <MoveToLater task={task} size="xs" />
      </Table.Td>
    </Table.Tr>
  );
}

/** The tasks in their groups, each group a table; `today` in the company's time zone. */
function TaskGroups({ tasks, today }: { tasks: Task[]; today: string }) {
  return (
    <>
      {groupTasks(tasks, today).map((group) => (
        <section key={group.name} aria-label={group.name}>
          <Group gap="xs" mb="xs">
            <Title order={2} fz="md" c={group.name === "Overdue" ? "red" : undefined}>
              {group.name}
            </Title>
            <Text size="sm" c="dimmed">
              {group.tasks.length}
            </Text>
          </Group>
          <Paper withBorder radius="md">
            <Table aria-label={`${group.name} tasks`} verticalSpacing="xs">
              <Table.Tbody>
                {group.tasks.map((task) => (
                  <TaskRow key={task.id} task={task} today={today} />
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        </section>
      ))}
    </>
  );
}

/** My tasks: what the signed-in person has to do, overdue first, then today, this week, later. */
export function MyTasksPage() {
  usePageTitle("My tasks");
  const [adding, setAdding] = useState(false);
  const calendar = useCompanyCalendar();
  const tasks = useTasks("assignee=me&status=open&limit=200");

  return (
    <>
      <PageHeader
        title="My tasks"
        description="The work you are assigned, by deadline. Tick a task when it is done."
        actions={
          <Button leftSection={<PlusIcon size={16} />} onClick={() => setAdding(true)}>
            New task
          </Button>
        }
      />
      <TasksTabs current="/tasks" />
      {tasks.isPending || calendar.isPending ? (
        <LoadingState label="Loading your tasks…" />
      ) : tasks.isError ? (
        <ErrorState error={tasks.error} onRetry={() => tasks.refetch()} />
      ) : calendar.isError ? (
        <ErrorState error={calendar.error} onRetry={() => calendar.refetch()} />
      ) : tasks.data.items.length === 0 ? (
        <EmptyState
          icon={<CheckIcon size={22} />}
          title="Nothing to do"
          description="No open task is assigned to you. Add one with New task, or ask a colleague to assign you."
          action={
            <Button variant="default" onClick={() => setAdding(true)}>
              New task
            </Button>
          }
        />
      ) : (
        <Stack gap="lg">
          <TaskGroups tasks={tasks.data.items} today={todayIn(calendar.data.timeZone, new Date())} />
          {tasks.data.total > tasks.data.items.length && (
            <Text size="sm" c="dimmed">
              The first {tasks.data.items.length} of {tasks.data.total} open tasks are shown.
            </Text>
          )}
        </Stack>
      )}
      <NewTaskDialog opened={adding} onClose={() => setAdding(false)} />
    </>
  );
}
