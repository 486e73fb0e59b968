import { Button, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { TaskField } from "../../../shared/api/task-fields.js";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { errorMessage } from "../../lib/api.js";
import { notifySuccess } from "../../lib/notify.js";
import { deleteTaskField, useAddTaskField, useRenameTaskField, useTaskFields } from "./task-fields-api.js";

/** A field's name, edited in place: Enter or leaving the field saves, Escape puts it back. */
function FieldName({ field }: { field: TaskField }) {
  const rename = useRenameTaskField();
  const [name, setName] = useState(field.name);
  const [error, setError] = useState<string | null>(null);
  async function save() {
    if (name.trim() === field.name) return setName(field.name);
    try {
      await rename.mutateAsync({ id: field.id, name });
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }
  return (
    <TextInput
      size="xs"
      variant="unstyled"
      aria-label={`Name of ${field.name}`}
      value={name}
      error={error}
      onChange={(event) => setName(event.currentTarget.value)}
      onBlur={save}
      onKeyDown={(event) => {
        if (event.key === "Enter") event.currentTarget.blur();
        if (event.key === "Escape") {
          setName(field.name);
          setError(null);
        }
      }}
    />
  );
}

/** Company settings → Task fields: numbers counted on tasks (e.g. Sales invoices), later billed. */
export function TaskFieldsSection({ canManage }: { canManage: boolean }) {
  const fields = useTaskFields();
  const add = useAddTaskField();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<TaskField | null>(null);
  if (fields.isPending) return <LoadingState label="Loading task fields…" />;
  if (fields.isError) return <ErrorState error={fields.error} onRetry={() => fields.refetch()} />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const field = await add.mutateAsync(name);
      notifySuccess(`${field.name} is added to every task.`);
      setName("");
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Numbers counted on each task, e.g. Sales invoices or Payslips.
        {canManage
          ? " Click a name to rename it."
          : " Only the Company Owner or a Company Admin can change them."}
      </Text>
      {fields.data.items.length === 0 ? (
        <Text size="sm">No task fields yet.{canManage && " Add one below."}</Text>
      ) : (
        <Table aria-label="Task fields" maw={520}>
          <Table.Tbody>
            {fields.data.items.map((field) => (
              <Table.Tr key={field.id}>
                <Table.Td>
                  {canManage ? <FieldName field={field} /> : <Text size="sm">{field.name}</Text>}
                </Table.Td>
                {canManage && (
                  <Table.Td w={80} ta="right">
                    <Button variant="subtle" color="red" size="compact-xs" onClick={() => setDeleting(field)}>
                      Delete
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canManage && (
        <form onSubmit={submit} noValidate>
          <Group align="flex-start" gap="xs">
            <TextInput
              aria-label="New task field"
              placeholder="New field, e.g. Sales invoices"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={error}
              w={280}
            />
            <Button type="submit" variant="default" loading={add.isPending}>
              Add field
            </Button>
          </Group>
        </form>
      )}
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete ${deleting?.name ?? ""}?`}
        confirmLabel="Delete the field"
        danger
        onConfirm={async () => {
          if (!deleting) return;
          await deleteTaskField(deleting.id);
          notifySuccess(`${deleting.name} is deleted.`);
        }}
      >
        <Text>Every task's value of it goes too.</Text>
      </ConfirmDialog>
    </Stack>
  );
}
