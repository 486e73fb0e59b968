import { Anchor, Badge, Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { Task } from "../../../shared/api/tasks.js";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { ArrowLeftIcon } from "../../components/icons.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { errorMessage } from "../../lib/api.js";
import { notifyFailure, notifySuccess } from "../../lib/notify.js";
import { usePageTitle } from "../../lib/use-page-title.js";
import { useCurrentUser } from "../auth/current-user.js";
import { MoveToLater } from "./MoveToLater.js";
import { TaskEditForm } from "./TaskEditForm.js";
import { TaskHistoryList } from "./TaskHistoryList.js";
import { longDay, minutesToHours, STATUS_LABELS } from "./task-labels.js";
import { deleteTask, useMarkTaskDone, usePostponeTask, useTask, useUpdateTask } from "./tasks-api.js";

const day = longDay;

/** The checklist: each item ticked or unticked is saved at once. */
function Checklist({ task }: { task: Task }) {
  const update = useUpdateTask(task.id);
  // While a tick is being saved it shows as ticked; a failure puts the saved list back.
  const items = (update.isPending && update.variables.checklist) || task.checklist;
  if (items.length === 0) return null;
  const ticked = items.filter((item) => item.done).length;
  return (
    <Stack gap="xs">
      <Text fw={600}>
        Checklist{" "}
        <Text span c="dimmed" size="sm">
          {ticked} of {items.length}
        </Text>
      </Text>
      {items.map((item, index) => (
        <Checkbox
          // The list is replaced as a whole; its order is its identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: items have no id of their own
          key={index}
          label={item.text}
          checked={item.done}
          disabled={update.isPending}
          onChange={(event) => {
            const checklist = items.map((it, i) =>
              i === index ? { ...it, done: event.currentTarget.checked } : it,
            );
            update.mutate(
              { checklist },
              { onError: (error) => notifyFailure(error, "The checklist was not saved") },
            );
          }}
        />
      ))}
    </Stack>
  );
}

/** Postpone: a later deadline, chosen and saved. */
function Postpone({ task }: { task: Task }) {
  const postpone = usePostponeTask(task.id);
  const [to, setTo] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <Group align="flex-end" gap="xs">
      <TextInput
        type="date"
        label="Postpone to"
        value={to}
        min={task.deadline}
        onChange={(event) => setTo(event.currentTarget.value)}
        error={error}
        w={180}
      />
      <Button
        variant="default"
        disabled={!to}
        loading={postpone.isPending}
        onClick={() =>
          postpone.mutate(to, {
            onSuccess: () => {
              setError(null);
              setTo("");
              notifySuccess(`${task.title} is postponed.`);
            },
            onError: (failure) => setError(errorMessage(failure)),
          })
        }
      >
        Postpone
      </Button>
    </Group>
  );
}

/** A task's page (`/tasks/:id`): what it is, for whom, by when; its checklist; done, postpone, delete. */
export function TaskPage() {
  const { id = "" } = useParams();
  const task = useTask(id);
  const done = useMarkTaskDone();
  const navigate = useNavigate();
  const { canManage } = useCurrentUser();
  const [deleting, setDeleting] = useState(false);
  const [editing, setEditing] = useState(false);
  usePageTitle(task.data?.title ?? "Task");

  if (task.isPending) return <LoadingState label="Loading the task…" />;
  if (task.isError) return <ErrorState error={task.error} onRetry={() => task.refetch()} />;
  const t = task.data;

  return (
    <>
      <Anchor component={Link} to="/tasks" size="sm" mb="xs" display="inline-block">
        <Group gap={4} wrap="nowrap" component="span">
          <ArrowLeftIcon size={14} />
          My tasks
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" mb="lg">
        <Stack gap={4}>
          <Title order={1}>{t.title}</Title>
          <Group gap="xs">
            <Anchor component={Link} to={`/clients/${t.client.id}`}>
              {t.client.name}
            </Anchor>
            {t.topic && (
              <Badge variant="light" color="gray">
                {t.topic.name}
              </Badge>
            )}
            <Badge color={t.status === "done" ? "green" : t.overdue ? "red" : "blue"} variant="light">
              {t.overdue ? "Overdue" : STATUS_LABELS[t.status]}
            </Badge>
          </Group>
        </Stack>
        <Group gap="xs">
          {!editing && (
            <Button variant="default" onClick={() => setEditing(true)}>
              Edit
            </Button>
          )}
          <MoveToLater task={t} />
          {t.status !== "done" && (
            <Button
              loading={done.isPending}
              onClick={() =>
                done.mutate(t.id, {
                  onSuccess: () => notifySuccess(`${t.title} is done.`),
                  onError: (error) => notifyFailure(error, `${t.title} could not be marked done`),
                })
              }
            >
              Mark done
            </Button>
          )}
          {canManage && (
            <Button variant="default" color="red" onClick={() => setDeleting(true)}>
              Delete
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder radius="md" p="lg">
        {editing ? (
          <TaskEditForm task={t} onDone={() => setEditing(false)} />
        ) : (
          <Stack gap="md">
            <Text>
              Deadline <b>{day(t.deadline)}</b>
              {t.startDate && <> · picked up {day(t.startDate)}</>}
              {t.estimateMinutes !== null && <> · estimate {minutesToHours(t.estimateMinutes)} h</>}
            </Text>
            <Text size="sm" c="dimmed">
              {t.assignees.length > 0
                ? `Assigned to ${t.assignees.map((a) => a.name).join(", ")}`
                : "Nobody is assigned."}
            </Text>
            {t.description && <Text style={{ whiteSpace: "pre-wrap" }}>{t.description}</Text>}
            {t.fields.length > 0 && (
              <Group gap="lg" aria-label="Task fields" role="group">
                {t.fields.map((f) => (
                  <Stack key={f.fieldId} gap={0}>
                    <Text size="xs" c="dimmed">
                      {f.name}
                    </Text>
                    <Text fw={600}>{f.value === null ? "—" : f.value.replace(/\.00$/, "")}</Text>
                  </Stack>
                ))}
              </Group>
            )}
            <Checklist task={t} />
            {t.status !== "done" && <Postpone task={t} />}
          </Stack>
        )}
      </Paper>
      <Paper withBorder radius="md" p="lg" mt="lg" component="section" aria-label="History">
        <TaskHistoryList taskId={t.id} />
      </Paper>
      <ConfirmDialog
        opened={deleting}
        onClose={() => setDeleting(false)}
        title={`Delete ${t.title}?`}
        confirmLabel="Delete the task"
        danger
        onConfirm={async () => {
          await deleteTask(t.id);
          notifySuccess(`${t.title} is deleted.`);
          navigate("/tasks");
        }}
      >
        <Text>It is gone for good, with its checklist.</Text>
      </ConfirmDialog>
    </>
  );
}
