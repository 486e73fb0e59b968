import { Alert, Button, Stack } from "@mantine/core";
import { PlusIcon, WarningIcon } from "../../components/icons.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { useMembers } from "../members/members-api.js";
import { useTopics } from "../topics/topics-api.js";
import { TaskCard } from "./TaskCard.js";
import { newTaskDraft, type TaskDraft } from "./task-draft.js";

interface TaskListEditorProps {
  tasks: TaskDraft[];
  onChange: (tasks: TaskDraft[]) => void;
  errors: Record<string, string>;
  readOnly?: boolean;
}

/** The tasks of a template or of a client's copy, one card each; add, move and remove them. */
export function TaskListEditor({ tasks, onChange, errors, readOnly = false }: TaskListEditorProps) {
  const topics = useTopics();
  const members = useMembers();
  if (topics.isPending || members.isPending) return <LoadingState label="Loading topics and members…" />;
  if (topics.isError) return <ErrorState error={topics.error} onRetry={() => topics.refetch()} />;
  if (members.isError) return <ErrorState error={members.error} onRetry={() => members.refetch()} />;
  const replace = (index: number, next: TaskDraft) => onChange(tasks.map((t, i) => (i === index ? next : t)));
  function move(index: number, by: -1 | 1) {
    const next = [...tasks];
    const [task] = next.splice(index, 1);
    if (task) next.splice(index + by, 0, task);
    onChange(next);
  }
  return (
    <Stack gap="md">
      {errors.tasks && (
        <Alert color="red" variant="light" icon={<WarningIcon />} role="alert">
          {errors.tasks}
        </Alert>
      )}
      {tasks.map((task, index) => (
        <TaskCard
          key={task.rowId}
          draft={task}
          index={index}
          count={tasks.length}
          onChange={(next) => replace(index, next)}
          onMove={(by) => move(index, by)}
          onRemove={() => onChange(tasks.filter((_, i) => i !== index))}
          topics={topics.data.items}
          members={members.data.members}
          errors={errors}
          readOnly={readOnly}
        />
      ))}
      {!readOnly && (
        <Button
          variant="default"
          leftSection={<PlusIcon size={16} />}
          onClick={() => onChange([...tasks, newTaskDraft()])}
          style={{ alignSelf: "flex-start" }}
          disabled={tasks.length >= 50}
        >
          Add a task
        </Button>
      )}
    </Stack>
  );
}
