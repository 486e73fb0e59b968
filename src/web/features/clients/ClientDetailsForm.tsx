import { Button, Group, Paper, Stack, Title } from "@mantine/core";
import { type ClientDetail, UpdateClientBody } from "../../../shared/api/clients.js";
import { FormError } from "../../components/FormError.js";
import { notifySuccess } from "../../lib/notify.js";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.js";
import { useForm } from "../../lib/use-form.js";
import { ClientFormFields } from "./ClientFormFields.js";
import { clientToValues, fromForm } from "./client-fields.js";
import { useUpdateClient } from "./clients-api.js";

const schema = fromForm(UpdateClientBody);

/** Editing the card: every field, with the server's field errors next to the fields. */
export function ClientDetailsForm({ client, onDone }: { client: ClientDetail; onDone: () => void }) {
  const update = useUpdateClient(client.id);
  const nameRef = useFocusOnMount<HTMLInputElement>();
  const form = useForm({
    initialValues: clientToValues(client),
    schema,
    onSubmit: async (input) => {
      const saved = await update.mutateAsync(input);
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
          <ClientFormFields field={form.field} nameRef={nameRef} />
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
