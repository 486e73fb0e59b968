import { Stack, Text, Timeline } from "@mantine/core";
import type { TaskEvent } from "../../../shared/api/tasks.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { minutesToHours } from "./task-labels.js";
import { useTaskHistory } from "./tasks-api.js";

const FIELD_LABELS: Record<string, string> = {
  title: "title",
  description: "description",
  topic: "topic",
  assignees: "assignees",
  startDate: "start date",
  deadline: "deadline",
  status: "status",
  estimateMinutes: "estimate",
  checklist: "checklist",
};

const STATUS_WORDS: Record<string, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  done: "Done",
};

/** One history entry in words: "changed deadline from 2026-01-20 to 2026-01-25". */
export function describeEvent(event: TaskEvent): string {
  switch (event.kind) {
    case "created":
      return event.item ? `made the task from the workflow “${event.item}”` : "made the task";
    case "done":
      return "marked it done";
    case "reopened":
      return `reopened it (${STATUS_WORDS[event.to ?? ""] ?? event.to})`;
    case "postponed":
      return `postponed it from ${event.from} to ${event.to}`;
    case "moved_to_later":
      return `moved it to later: picked up on ${event.to}`;
    case "checklist_ticked":
      return `ticked “${event.item}”`;
    case "checklist_unticked":
      return `unticked “${event.item}”`;
    case "changed":
      return `changed ${event.changes
        .map((c) => {
          if (c.before === null && c.after === null) return FIELD_LABELS[c.field] ?? c.field;
          // Estimates are kept in minutes and shown in hours.
          const value = (v: string | null) =>
            v === null ? "none" : c.field === "estimateMinutes" ? `${minutesToHours(Number(v))} h` : v;
          return `${FIELD_LABELS[c.field] ?? c.field} from ${value(c.before)} to ${value(c.after)}`;
        })
        .join("; ")}`;
  }
}

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** The task's history, newest first. */
export function TaskHistoryList({ taskId }: { taskId: string }) {
  const history = useTaskHistory(taskId);
  if (history.isPending) return <LoadingState label="Loading the history…" />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;
  return (
    <Stack gap="xs">
      <Text fw={600}>History</Text>
      <Timeline bulletSize={10} lineWidth={2}>
        {history.data.items.map((event) => (
          <Timeline.Item key={event.id}>
            <Text size="sm">
              <b>{event.by?.name ?? (event.kind === "created" && event.item ? "Kontor" : "Someone")}</b>{" "}
              {describeEvent(event)}
              {event.bulk && " (with other tasks)"}
            </Text>
            <Text size="xs" c="dimmed">
              {when.format(new Date(event.at))}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
