import { Button, Group, Pagination, Paper, SegmentedControl, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { EmptyState } from "../../components/EmptyState.js";
import { CheckIcon, PlusIcon } from "../../components/icons.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { NewTaskDialog } from "./NewTaskDialog.js";
import { TaskTable } from "./TaskTable.js";
import { PAGE_SIZE } from "./task-list-params.js";
import { useTasks } from "./tasks-api.js";

/** A client's tasks (its page's Tasks tab): open ones by deadline, or all; a new one for it. */
export function ClientTasks({ client }: { client: { id: string; name: string; archived: boolean } }) {
  const [status, setStatus] = useState<"open" | "all">("open");
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const query = new URLSearchParams({ clientId: client.id, page: String(page), limit: String(PAGE_SIZE) });
  if (status === "open") query.set("status", "open");
  const tasks = useTasks(query.toString());
  const pages = Math.max(1, Math.ceil((tasks.data?.total ?? 0) / PAGE_SIZE));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <SegmentedControl
          aria-label="Which tasks"
          value={status}
          onChange={(value) => {
            setStatus(value as "open" | "all");
            setPage(1);
          }}
          data={[
            { value: "open", label: "Open" },
            { value: "all", label: "All" },
          ]}
        />
        {!client.archived && (
          <Button leftSection={<PlusIcon size={16} />} onClick={() => setAdding(true)}>
            New task
          </Button>
        )}
      </Group>
      {tasks.isPending ? (
        <LoadingState label="Loading the client's tasks…" />
      ) : tasks.isError ? (
        <ErrorState error={tasks.error} onRetry={() => tasks.refetch()} />
      ) : tasks.data.items.length === 0 ? (
        <EmptyState
          icon={<CheckIcon size={22} />}
          title={status === "open" ? "No open tasks" : "No tasks yet"}
          description={
            client.archived
              ? `${client.name} is archived: restore it to add tasks.`
              : `Add the work you do for ${client.name} with New task.`
          }
        />
      ) : (
        <>
          <Paper withBorder radius="md">
            <TaskTable tasks={tasks.data.items} label={`Tasks for ${client.name}`} hideClient />
          </Paper>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {tasks.data.total} {tasks.data.total === 1 ? "task" : "tasks"}
            </Text>
            {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
          </Group>
        </>
      )}
      <NewTaskDialog opened={adding} onClose={() => setAdding(false)} client={client} />
    </Stack>
  );
}
