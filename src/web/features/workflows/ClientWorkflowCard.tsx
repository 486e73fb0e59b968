import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { type ClientWorkflow, UpdateClientWorkflowBody } from "../../../shared/api/workflows.js";
import { describeDue, describeRecurrence } from "../../../shared/calendar/describe-schedule.js";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { FormError } from "../../components/FormError.js";
import { notifySuccess } from "../../lib/notify.js";
import { formatDay } from "./NextDeadlines.js";
import { TaskListEditor } from "./TaskListEditor.js";
import { taskBody, taskDraft } from "./task-draft.js";
import { useTaskErrors } from "./use-task-errors.js";
import { useRemoveClientWorkflow, useUpdateClientWorkflow } from "./workflows-api.js";

function TasksTable({ workflow }: { workflow: ClientWorkflow }) {
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table aria-label={`${workflow.name} tasks`} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Task</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th>Next deadline</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {workflow.tasks.map((task) => (
            <Table.Tr key={task.key}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {task.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {[
                    task.topic?.name,
                    task.assignee === "responsible"
                      ? "The client's responsible person"
                      : task.assignee === null
                        ? "Unassigned"
                        : task.assignee.name,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{describeRecurrence(task.recurrence)}</Text>
                <Text size="xs" c="dimmed">
                  {describeDue(task.recurrence, task.due)}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Text size="sm">{task.nextDeadline ? formatDay(task.nextDeadline) : "—"}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The client's own copy of a workflow's tasks; saving stops it following the template. */
function CopyEditor({
  clientId,
  workflow,
  onDone,
}: {
  clientId: string;
  workflow: ClientWorkflow;
  onDone: () => void;
}) {
  const update = useUpdateClientWorkflow(clientId);
  const [tasks, setTasks] = useState(() => workflow.tasks.map(taskDraft));
  const form = useTaskErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    const body = { tasks: tasks.map(taskBody) };
    const parsed = UpdateClientWorkflowBody.safeParse(body);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[issue.path.map(String).join(".")] ??= issue.message;
      return form.showInvalid(errors);
    }
    try {
      await update.mutateAsync({ workflowId: workflow.id, body });
      notifySuccess(`This client's copy of ${workflow.name} is saved: its future tasks follow it.`);
      onDone();
    } catch (error) {
      form.showFailure(error);
    }
  }

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-label={`${workflow.name} for this client`}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Changes apply to this client only:{" "}
          {workflow.template ? `${workflow.template.name} stays as it is, and` : ""} this client no longer
          follows changes to the template.
        </Text>
        <TaskListEditor
          tasks={tasks}
          onChange={(next) => {
            form.tasksChanged(tasks, next);
            setTasks(next);
          }}
          errors={form.errors}
        />
        <FormError message={form.problem} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={update.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save this client's copy
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One workflow applied to the client: where it comes from, its tasks and their next deadlines. */
export function ClientWorkflowCard({
  clientId,
  workflow,
  canManage,
}: {
  clientId: string;
  workflow: ClientWorkflow;
  /** Owner and Admins change and remove a client's workflows; Members see them. */
  canManage: boolean;
}) {
  const update = useUpdateClientWorkflow(clientId);
  const remove = useRemoveClientWorkflow(clientId);
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState<"remove" | "follow" | null>(null);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={workflow.name}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={3} fz="lg">
                {workflow.name}
              </Title>
              {workflow.customized && (
                <Badge variant="light" color="grape">
                  Own copy
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {workflow.template ? (
                <>
                  From the template{" "}
                  <Anchor component={Link} to={`/tasks/templates/${workflow.template.id}`} size="sm">
                    {workflow.template.name}
                  </Anchor>
                  {workflow.customized ? ", changed for this client" : ""}
                </>
              ) : (
                "Its template was deleted: this client keeps its own copy"
              )}{" "}
              · since {formatDay(workflow.startsOn)}
            </Text>
          </Stack>
          {canManage && !editing && (
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                Edit this client's copy
              </Button>
              {workflow.customized && workflow.template && (
                <Button size="xs" variant="default" onClick={() => setConfirm("follow")}>
                  Follow the template again
                </Button>
              )}
              <Button size="xs" variant="subtle" color="red" onClick={() => setConfirm("remove")}>
                Remove
              </Button>
            </Group>
          )}
        </Group>
        {editing ? (
          <CopyEditor clientId={clientId} workflow={workflow} onDone={() => setEditing(false)} />
        ) : (
          <TasksTable workflow={workflow} />
        )}
      </Stack>
      <ConfirmDialog
        opened={confirm === "remove"}
        onClose={() => setConfirm(null)}
        title={`Remove ${workflow.name} from this client?`}
        confirmLabel={`Remove ${workflow.name}`}
        danger
        onConfirm={async () => {
          const result = await remove.mutateAsync(workflow.id);
          notifySuccess(
            `${workflow.name} is removed: ${result.removedTasks} future ${result.removedTasks === 1 ? "task" : "tasks"} deleted; past and done tasks stay.`,
          );
        }}
      >
        <Text size="sm">Its future tasks that are not done will be deleted; past and done tasks stay.</Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirm === "follow"}
        onClose={() => setConfirm(null)}
        title={`Follow ${workflow.template?.name ?? "the template"} again?`}
        confirmLabel="Follow the template again"
        onConfirm={async () => {
          await update.mutateAsync({ workflowId: workflow.id, body: { tasks: null } });
          notifySuccess(`${workflow.name} follows its template again.`);
        }}
      >
        <Text size="sm">
          This client's own changes to the tasks are dropped: its future tasks follow the template, and its
          changes from now on.
        </Text>
      </ConfirmDialog>
    </Paper>
  );
}
