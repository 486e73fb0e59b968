import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useNavigate } from "react-router";
import { CreateClientBody } from "../../../shared/api/clients.js";
import { FormError } from "../../components/FormError.js";
import { notifySuccess } from "../../lib/notify.js";
import { useForm } from "../../lib/use-form.js";
import { ClientFormFields } from "./ClientFormFields.js";
import { emptyClientValues, fromForm } from "./client-fields.js";
import { useCreateClient } from "./clients-api.js";

const schema = fromForm(CreateClientBody);

function CreateClientForm({ onCancel }: { onCancel: () => void }) {
  const create = useCreateClient();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: emptyClientValues(),
    schema,
    onSubmit: async (input) => {
      const client = await create.mutateAsync(input);
      notifySuccess(`${client.name} is added to your clients.`);
      void navigate(`/clients/${client.id}`);
    },
  });
  return (
    <form ref={form.formRef} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="lg">
        <ClientFormFields field={form.field} short />
        <Text size="sm" c="dimmed">
          Add the address, notes and the client's people on the client's card.
        </Text>
        <FormError message={form.formError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={form.submitting}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Add client
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Add client": the main fields in a dialog, then the new client's card opens. */
export function CreateClientDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const phone = useMediaQuery("(max-width: 36em)");
  // A fresh form each time the dialog opens.
  const [formKey, setFormKey] = useState(0);
  function close() {
    onClose();
    setFormKey((k) => k + 1);
  }
  return (
    <Modal opened={opened} onClose={close} title="Add a client" size="lg" fullScreen={phone}>
      <CreateClientForm key={formKey} onCancel={close} />
    </Modal>
  );
}
