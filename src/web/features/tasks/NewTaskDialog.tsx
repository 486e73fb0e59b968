import { Button, Group, Modal, MultiSelect, Select, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormError } from "../../components/FormError.js";
import { ApiError, errorMessage } from "../../lib/api.js";
import { notifySuccess } from "../../lib/notify.js";
import { useCurrentUser } from "../auth/current-user.js";
import { ClientPicker } from "../billing/invoices/ClientPicker.js";
import { useMembers } from "../members/members-api.js";
import { useTopics } from "../topics/topics-api.js";
import { useCreateTask } from "./tasks-api.js";

interface NewTaskDialogProps {
  opened: boolean;
  onClose: () => void;
  /** The client the task is for, chosen already (on a client's page). */
  client?: { id: string; name: string };
}

type Field = "clientId" | "title" | "deadline" | "topicId" | "assigneeIds";

/** New task: client, title, deadline, topic and who does it (the person making it, to start with). */
export function NewTaskDialog({ opened, onClose, client }: NewTaskDialogProps) {
  const { user } = useCurrentUser();
  const members = useMembers();
  const topics = useTopics();
  const create = useCreateTask();
  const [clientId, setClientId] = useState<string | null>(client?.id ?? null);
  const [title, setTitle] = useState("");
  const [deadline, setDeadline] = useState("");
  const [topicId, setTopicId] = useState<string | null>(null);
  const [assigneeIds, setAssigneeIds] = useState<string[]>([user.id]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  function close() {
    setClientId(client?.id ?? null);
    setTitle("");
    setDeadline("");
    setTopicId(null);
    setAssigneeIds([user.id]);
    setErrors({});
    setFormError(null);
    onClose();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    if (!clientId) missing.clientId = "Choose a client.";
    if (!title.trim()) missing.title = "Give the task a title.";
    if (!deadline) missing.deadline = "Choose the deadline.";
    setErrors(missing);
    if (!clientId || Object.keys(missing).length > 0) return;
    try {
      const task = await create.mutateAsync({
        clientId,
        title,
        deadline,
        topicId,
        assigneeIds,
        checklist: [],
        status: "not_started",
      });
      notifySuccess(`${task.title} is added for ${task.client.name}.`);
      close();
    } catch (error) {
      const fields = error instanceof ApiError ? (error.fieldErrors as Partial<Record<Field, string>>) : {};
      setErrors(fields);
      setFormError(Object.keys(fields).length > 0 ? null : errorMessage(error));
    }
  }

  return (
    <Modal opened={opened} onClose={close} title="New task">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ClientPicker
            value={clientId}
            initialName={client?.name ?? null}
            onChange={(picked) => setClientId(picked?.id ?? null)}
            label="Client"
            error={errors.clientId}
            required
            autoFocus={!client}
          />
          <TextInput
            label="Title"
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
            placeholder="VAT return — December"
          />
          <Group grow align="flex-start">
            <TextInput
              label="Deadline"
              type="date"
              required
              value={deadline}
              onChange={(e) => setDeadline(e.currentTarget.value)}
              error={errors.deadline}
            />
            <Select
              label="Topic"
              clearable
              data={(topics.data?.items ?? [])
                .filter((t) => !t.archived)
                .map((t) => ({ value: t.id, label: t.name }))}
              value={topicId}
              onChange={setTopicId}
              error={errors.topicId}
            />
          </Group>
          <MultiSelect
            label="Assignees"
            data={(members.data?.members ?? []).map((m) => ({ value: m.id, label: m.name }))}
            value={assigneeIds}
            onChange={setAssigneeIds}
            error={errors.assigneeIds}
            searchable
          />
          <FormError message={formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add task
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
