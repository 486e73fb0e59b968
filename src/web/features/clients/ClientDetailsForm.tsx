import { Button, Group, Paper, Stack, Title } from "@mantine/core";
import type { ClientDetail } from "../../../shared/api/clients.js";
import { FormError } from "../../components/FormError.js";
import { notifySuccess } from "../../lib/notify.js";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.js";
import { useForm } from "../../lib/use-form.js";
import { ClientFormFields } from "./ClientFormFields.js";
import { clientToValues, editClientSchema } from "./client-fields.js";
import { useUpdateClient } from "./clients-api.js";

/** Editing the card: every field, with the server's field errors next to the fields. */
export function ClientDetailsForm({ client, onDone }: { client: ClientDetail; onDone: () => void }) {
  const update = useUpdateClient(client.id);
  const nameRef = useFocusOnMount<HTMLInputElement>();
  const initialValues = clientToValues(client);
  const form = useForm({
    initialValues,
    // Only what the user changed is sent (and checked).
    schema: editClientSchema(initialValues),
    onSubmit: async (input) => {
      const saved = Object.keys(input).length > 0 ? await update.mutateAsync(input) : client;
      notifySuccess(`${saved.name} is saved.`);
      onDone();
    },
  });
  return (
    <Paper withBorder radius="md" p="lg">
      <form
        ref={form.formRef}
        onSubmit={form.handleSubmit}
        noValidate
        aria-label="Edit details"
        onKeyDown={(event) => {
          if (event.key === "Escape" && !form.submitting) onDone();
        }}
      >
        <Stack gap="lg">
          <Title order={2} fz="lg">
            Edit details
          </Title>
          <ClientFormFields field={form.field} choice={form.choice} nameRef={nameRef} />
          <FormError message={form.formError} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone} disabled={form.submitting}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
