import { Group, Pagination, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { EmptyState } from "../../components/EmptyState.js";
import { CheckIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { usePageTitle } from "../../lib/use-page-title.js";
import { SavedFilters } from "./SavedFilters.js";
import { TaskBulkBar } from "./TaskBulkBar.js";
import { TaskFilters } from "./TaskFilters.js";
import { TasksTabs } from "./TasksTabs.js";
import { TaskTable } from "./TaskTable.js";
import {
  isTaskListFiltered,
  PAGE_SIZE,
  readTaskParams,
  savedFilterAddress,
  type TaskListParams,
  taskApiQuery,
  taskFilterQuery,
  writeTaskParams,
} from "./task-list-params.js";
import { useTasks } from "./tasks-api.js";

/** All tasks: everyone's work, filtered (kept in the address), a page of 50, bulk actions. */
export function AllTasksPage() {
  usePageTitle("All tasks");
  const [search, setSearch] = useSearchParams();
  const params = readTaskParams(search);
  const list = useTasks(taskApiQuery(params));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  function change(next: Partial<TaskListParams>) {
    setSelected(new Set());
    setSearch(writeTaskParams({ ...params, page: 1, ...next }));
  }

  function select(ids: string[], on: boolean) {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    setSelected(next);
  }

  const items = list.data?.items ?? [];
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE_SIZE));
  const selectedTasks = items.filter((t) => selected.has(t.id));

  return (
    <>
      <PageHeader
        title="All tasks"
        description="Everyone's tasks by deadline. Filter them, save the filters you use often, and change many at once."
        actions={
          <SavedFilters
            query={taskFilterQuery(params).toString()}
            onApply={(query) => {
              setSelected(new Set());
              setSearch(savedFilterAddress(query));
            }}
          />
        }
      />
      <TasksTabs current="/tasks/all" />
      <Stack gap="md">
        <TaskFilters params={params} onChange={change} />
        {selectedTasks.length > 0 && (
          <TaskBulkBar tasks={selectedTasks} onFinished={() => setSelected(new Set())} />
        )}
        {list.isPending ? (
          <LoadingState label="Loading tasks…" />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState
            icon={<CheckIcon size={22} />}
            title={isTaskListFiltered(params) ? "No task matches" : "No open tasks"}
            description={
              isTaskListFiltered(params)
                ? "Change or clear the filters to see more."
                : "Tasks made for clients show here. Add one from My tasks or a client's page."
            }
          />
        ) : (
          <>
            <Paper withBorder radius="md">
              <TaskTable tasks={items} label="Tasks" selected={selected} onSelect={select} />
            </Paper>
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {(params.page - 1) * PAGE_SIZE + 1}–{(params.page - 1) * PAGE_SIZE + items.length} of{" "}
                {list.data.total.toLocaleString("en-GB")}
                {list.data.totalCapped ? "+" : ""} tasks
              </Text>
              {pages > 1 && (
                <Pagination
                  total={pages}
                  value={Math.min(params.page, pages)}
                  onChange={(page) => {
                    setSelected(new Set());
                    setSearch(writeTaskParams({ ...params, page }));
                  }}
                  size="sm"
                  siblings={1}
                  boundaries={1}
                />
              )}
            </Group>
          </>
        )}
      </Stack>
    </>
  );
}
