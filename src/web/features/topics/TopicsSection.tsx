import { Badge, Button, Group, Stack, Switch, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import type { Topic } from "../../../shared/api/topics.js";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { errorMessage } from "../../lib/api.js";
import { notifyFailure, notifySuccess } from "../../lib/notify.js";
import { AddTopicForm } from "./AddTopicForm.js";
import { deleteTopic, useTopics, useUpdateTopic } from "./topics-api.js";

/** A topic's name, edited in place: Enter or leaving the field saves, Escape puts it back. */
function TopicName({ topic, canManage }: { topic: Topic; canManage: boolean }) {
  const update = useUpdateTopic();
  const [name, setName] = useState(topic.name);
  const [error, setError] = useState<string | null>(null);
  if (!canManage) return <Text size="sm">{topic.name}</Text>;

  async function save() {
    if (name.trim() === topic.name) return setName(topic.name);
    try {
      await update.mutateAsync({ id: topic.id, changes: { name } });
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <TextInput
      size="xs"
      variant="unstyled"
      aria-label={`Name of ${topic.name}`}
      value={name}
      error={error}
      onChange={(event) => setName(event.currentTarget.value)}
      onBlur={save}
      onKeyDown={(event) => {
        if (event.key === "Enter") event.currentTarget.blur();
        if (event.key === "Escape") {
          setName(topic.name);
          setError(null);
        }
      }}
    />
  );
}

/** Company settings → Topics: what tasks are about, and whether time on them is billable. */
export function TopicsSection({ canManage }: { canManage: boolean }) {
  const topics = useTopics();
  const update = useUpdateTopic();
  const [deleting, setDeleting] = useState<Topic | null>(null);
  if (topics.isPending) return <LoadingState label="Loading topics…" />;
  if (topics.isError) return <ErrorState error={topics.error} onRetry={() => topics.refetch()} />;

  function change(topic: Topic, changes: { billable?: boolean; archived?: boolean }) {
    update.mutate(
      { id: topic.id, changes },
      { onError: (error) => notifyFailure(error, `${topic.name} could not be changed`) },
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        What a task is about — VAT return, Payroll, Bookkeeping… Time on a billable topic is billable unless
        said otherwise. Click a name to rename it. An archived topic stays on the tasks that have it but is
        not offered for new ones.
      </Text>
      <Table aria-label="Topics" maw={640} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Topic</Table.Th>
            <Table.Th w={110}>Billable</Table.Th>
            {canManage && <Table.Th w={170} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {topics.data.items.map((topic) => (
            <Table.Tr key={topic.id} c={topic.archived ? "dimmed" : undefined}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <TopicName topic={topic} canManage={canManage} />
                  {topic.archived && (
                    <Badge size="xs" variant="light" color="gray">
                      Archived
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Switch
                  size="xs"
                  aria-label={`Time on ${topic.name} is billable`}
                  checked={topic.billable}
                  disabled={!canManage}
                  onChange={(event) => change(topic, { billable: event.currentTarget.checked })}
                />
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={`${topic.archived ? "Restore" : "Archive"} ${topic.name}`}
                      onClick={() => change(topic, { archived: !topic.archived })}
                    >
                      {topic.archived ? "Restore" : "Archive"}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      aria-label={`Delete ${topic.name}`}
                      onClick={() => setDeleting(topic)}
                    >
                      Delete
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canManage ? (
        <AddTopicForm />
      ) : (
        <Text size="xs" c="dimmed">
          Only the Company Owner or a Company Admin can change topics.
        </Text>
      )}
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete ${deleting?.name ?? "the topic"}?`}
        confirmLabel={`Delete ${deleting?.name ?? "topic"}`}
        danger
        onConfirm={async () => {
          if (!deleting) return;
          await deleteTopic(deleting.id);
          notifySuccess(`${deleting.name} is deleted.`);
        }}
      >
        <Text>It is gone for good. To keep it on the tasks that have it, archive it instead.</Text>
      </ConfirmDialog>
    </Stack>
  );
}
