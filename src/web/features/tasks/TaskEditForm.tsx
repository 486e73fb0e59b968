import { Button, Group, MultiSelect, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { Task, UpdateTaskBody } from "../../../shared/api/tasks.js";
import { FormError } from "../../components/FormError.js";
import { ApiError, errorMessage } from "../../lib/api.js";
import { notifySuccess } from "../../lib/notify.js";
import { useMembers } from "../members/members-api.js";
import { useTopics } from "../topics/topics-api.js";
import { hoursToMinutes, minutesToHours, STATUS_LABELS } from "./task-labels.js";
import { useUpdateTask } from "./tasks-api.js";

type Field =
  | "title"
  | "description"
  | "topicId"
  | "assigneeIds"
  | "startDate"
  | "deadline"
  | "status"
  | "estimateMinutes";

/** A task's fields, edited in place and saved together (Cancel puts them back). */
export function TaskEditForm({ task, onDone }: { task: Task; onDone: () => void }) {
  const update = useUpdateTask(task.id);
  const members = useMembers();
  const topics = useTopics();
  const [title, setTitle] = useState(task.title);
  const [description, setDescription] = useState(task.description ?? "");
  const [topicId, setTopicId] = useState<string | null>(task.topic?.id ?? null);
  const [assigneeIds, setAssigneeIds] = useState(task.assignees.map((a) => a.id));
  const [startDate, setStartDate] = useState(task.startDate ?? "");
  const [deadline, setDeadline] = useState(task.deadline);
  const [status, setStatus] = useState<Task["status"]>(task.status);
  const [hours, setHours] = useState(minutesToHours(task.estimateMinutes));
  const [numbers, setNumbers] = useState<Record<string, string>>(() =>
    Object.fromEntries(task.fields.map((f) => [f.fieldId, f.value ?? ""])),
  );
  const [errors, setErrors] = useState<Partial<Record<Field, string>> & Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  // The task's own (maybe archived) topic stays choosable; other archived ones are not offered.
  const topicOptions = (topics.data?.items ?? [])
    .filter((t) => !t.archived || t.id === task.topic?.id)
    .map((t) => ({ value: t.id, label: t.name }));
  if (task.topic && !topicOptions.some((o) => o.value === task.topic!.id)) {
    topicOptions.push({ value: task.topic.id, label: task.topic.name });
  }
  const memberOptions = (members.data?.members ?? []).map((m) => ({ value: m.id, label: m.name }));
  for (const a of task.assignees) {
    if (!memberOptions.some((o) => o.value === a.id)) memberOptions.push({ value: a.id, label: a.name });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    if (!title.trim()) missing.title = "Give the task a title.";
    if (!deadline) missing.deadline = "Choose the deadline.";
    const estimateMinutes = hoursToMinutes(hours);
    if (estimateMinutes === undefined) missing.estimateMinutes = "Estimate in hours, e.g. 1.5.";
    setErrors(missing);
    setFormError(null);
    if (Object.keys(missing).length > 0) return;
    const changes: UpdateTaskBody = {
      title,
      description: description.trim() === "" ? null : description,
      // An archived topic stays on the task, but naming it again would be refused: send changes only.
      ...(topicId !== (task.topic?.id ?? null) ? { topicId } : {}),
      assigneeIds,
      startDate: startDate || null,
      deadline,
      status,
      estimateMinutes,
      fields: task.fields.map((f) => ({
        fieldId: f.fieldId,
        value: (numbers[f.fieldId] ?? "").trim().replace(",", ".") || null,
      })),
    };
    try {
      const saved = await update.mutateAsync(changes);
      notifySuccess(`${saved.title} is saved.`);
      onDone();
    } catch (error) {
      const fields = error instanceof ApiError ? error.fieldErrors : {};
      setErrors(fields);
      setFormError(Object.keys(fields).length > 0 ? null : errorMessage(error));
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Edit the task">
      <Stack gap="md">
        <TextInput
          label="Title"
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
          autoFocus
        />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors.description}
        />
        <Group grow align="flex-start">
          <Select
            label="Topic"
            clearable
            data={topicOptions}
            value={topicId}
            onChange={setTopicId}
            error={errors.topicId}
          />
          <Select
            label="Status"
            allowDeselect={false}
            data={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))}
            value={status}
            onChange={(value) => value && setStatus(value as Task["status"])}
            error={errors.status}
          />
        </Group>
        <MultiSelect
          label="Assignees"
          data={memberOptions}
          value={assigneeIds}
          onChange={setAssigneeIds}
          error={errors.assigneeIds}
          searchable
        />
        <Group grow align="flex-start">
          <TextInput
            label="Start date"
            description="The day work is picked up"
            type="date"
            value={startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
            error={errors.startDate}
          />
          <TextInput
            label="Deadline"
            description="The day it must be done"
            type="date"
            required
            value={deadline}
            onChange={(e) => setDeadline(e.currentTarget.value)}
            error={errors.deadline}
          />
          <TextInput
            label="Estimate (hours)"
            description="e.g. 1.5"
            inputMode="decimal"
            value={hours}
            onChange={(e) => setHours(e.currentTarget.value)}
            error={errors.estimateMinutes}
          />
        </Group>
        {task.fields.length > 0 && (
          <Group grow align="flex-start">
            {task.fields.map((f, i) => (
              <TextInput
                key={f.fieldId}
                label={f.name}
                inputMode="decimal"
                value={numbers[f.fieldId] ?? ""}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setNumbers((current) => ({ ...current, [f.fieldId]: value }));
                }}
                error={errors[`fields.${i}.value`]}
              />
            ))}
          </Group>
        )}
        <FormError message={formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
