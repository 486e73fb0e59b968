import { Button, Group, Modal, MultiSelect, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import type { BulkTasksBody, BulkTasksResult, Task } from "../../../shared/api/tasks.js";
import { FormError } from "../../components/FormError.js";
import { errorMessage } from "../../lib/api.js";
import { notifySuccess } from "../../lib/notify.js";
import { useMembers } from "../members/members-api.js";
import { useBulkTasks } from "./tasks-api.js";

const tasksWord = (n: number) => `${n} ${n === 1 ? "task" : "tasks"}`;

type Action = BulkTasksBody["action"];
const TITLES: Record<Action, string> = {
  reassign: "Reassign",
  done: "Mark done",
  postpone: "Postpone",
};

interface TaskBulkBarProps {
  /** The ticked tasks (on this page). */
  tasks: Task[];
  onFinished: () => void;
}

/** What can be done to the ticked tasks at once: reassign, mark done, postpone; then what happened. */
export function TaskBulkBar({ tasks, onFinished }: TaskBulkBarProps) {
  const members = useMembers();
  const bulk = useBulkTasks();
  const [action, setAction] = useState<Action | null>(null);
  const [assigneeIds, setAssigneeIds] = useState<string[]>([]);
  const [to, setTo] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ action: Action; results: BulkTasksResult["results"] } | null>(null);
  const titles = new Map(tasks.map((t) => [t.id, `${t.title} (${t.client.name})`]));

  function open(next: Action) {
    setAction(next);
    setAssigneeIds([]);
    setTo("");
    setError(null);
  }

  function run() {
    if (!action) return;
    if (action === "postpone" && !to) return setError("Choose the new deadline.");
    const ids = tasks.map((t) => t.id);
    const body: BulkTasksBody =
      action === "reassign"
        ? { action, ids, assigneeIds }
        : action === "postpone"
          ? { action, ids, to }
          : { action, ids };
    bulk.mutate(body, {
      onSuccess: (answer) => {
        setAction(null);
        const failed = answer.results.filter((r) => !r.ok).length;
        if (failed === 0) {
          const n = tasksWord(answer.results.length);
          const verb = answer.results.length === 1 ? "is" : "are";
          notifySuccess(
            action === "reassign"
              ? `${n} ${verb} reassigned.`
              : action === "done"
                ? `${n} ${verb} done.`
                : `${n} ${verb} postponed to ${to}.`,
          );
          onFinished();
        } else setResult({ action, results: answer.results });
      },
      onError: (failure) => setError(errorMessage(failure)),
    });
  }

  const done = result?.results.filter((r) => r.ok).length ?? 0;
  return (
    <Paper withBorder radius="md" px="md" py="xs" bg="kontor.0" role="region" aria-label="Selected tasks">
      <Group justify="space-between" gap="sm">
        <Text size="sm" fw={600} aria-live="polite">
          {tasksWord(tasks.length)} selected.
        </Text>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => open("reassign")}>
            Reassign
          </Button>
          <Button size="xs" variant="default" onClick={() => open("done")}>
            Mark done
          </Button>
          <Button size="xs" variant="default" onClick={() => open("postpone")}>
            Postpone
          </Button>
        </Group>
      </Group>
      <Modal
        opened={action !== null}
        onClose={() => setAction(null)}
        title={action ? `${TITLES[action]} ${tasksWord(tasks.length)}` : ""}
      >
        <Stack gap="md">
          {action === "reassign" && (
            <MultiSelect
              label="Assign to"
              description="They replace whoever is assigned now. Leave empty for nobody."
              data={(members.data?.members ?? []).map((m) => ({ value: m.id, label: m.name }))}
              value={assigneeIds}
              onChange={setAssigneeIds}
              searchable
              data-autofocus
            />
          )}
          {action === "postpone" && (
            <TextInput
              type="date"
              label="New deadline"
              description="It must be after each task's current deadline."
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              data-autofocus
            />
          )}
          {action === "done" && <Text>The {tasksWord(tasks.length)} will be marked done.</Text>}
          <FormError message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAction(null)}>
              Cancel
            </Button>
            <Button onClick={run} loading={bulk.isPending}>
              {action ? `${TITLES[action]} ${tasksWord(tasks.length)}` : ""}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal
        opened={result !== null}
        onClose={() => {
          setResult(null);
          onFinished();
        }}
        title={result ? `${TITLES[result.action]}: ${done} of ${tasksWord(result.results.length)}` : ""}
      >
        <Stack gap="xs">
          <Text size="sm">{done > 0 ? `${tasksWord(done)} changed. ` : ""}These were not:</Text>
          <Stack gap={4} component="ul" m={0} pl="md">
            {result?.results
              .filter((r) => !r.ok)
              .map((r) => (
                <Text component="li" size="sm" key={r.id}>
                  <b>{titles.get(r.id) ?? r.id}</b>: {r.error}
                </Text>
              ))}
          </Stack>
        </Stack>
      </Modal>
    </Paper>
  );
}
