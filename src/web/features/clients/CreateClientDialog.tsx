import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useNavigate } from "react-router";
import { CreateClientBody } from "../../../shared/api/clients.js";
import { FormError } from "../../components/FormError.js";
import { ApiError } from "../../lib/api.js";
import { notifySuccess } from "../../lib/notify.js";
import { useForm } from "../../lib/use-form.js";
import { ClientFormFields } from "./ClientFormFields.js";
import { emptyClientValues, fromForm } from "./client-fields.js";
import { useCreateClient } from "./clients-api.js";

const schema = fromForm(CreateClientBody);

interface SameName {
  input: CreateClientBody;
  existing: { id: string; name: string; archived: boolean };
}

/** The client of the same name a 409 `duplicate_client` answer names. */
function sameNameIn(error: unknown): SameName["existing"] | null {
  if (!(error instanceof ApiError) || error.code !== "duplicate_client") return null;
  const existing = (error.details as { existingClient?: SameName["existing"] } | undefined)?.existingClient;
  return existing ?? null;
}

function CreateClientForm({ onCancel }: { onCancel: () => void }) {
  const create = useCreateClient();
  const navigate = useNavigate();
  const [sameName, setSameName] = useState<SameName | null>(null);

  async function save(input: CreateClientBody) {
    const client = await create.mutateAsync(input);
    notifySuccess(`${client.name} is added to your clients.`);
    void navigate(`/clients/${client.id}`);
  }

  const form = useForm({
    initialValues: emptyClientValues(),
    schema,
    onSubmit: async (input) => {
      try {
        await save(input);
      } catch (error) {
        const existing = sameNameIn(error);
        if (!existing) throw error;
        setSameName({ input, existing });
      }
    },
  });

  if (sameName) {
    const { existing } = sameName;
    return (
      <Stack gap="lg" role="alertdialog" aria-label={`${existing.name} already exists`}>
        <Text>
          <strong>{existing.name}</strong> already exists{existing.archived ? " (archived)" : ""} — open it,
          or create another?
        </Text>
        <FormError message={create.error && !sameNameIn(create.error) ? create.error.message : null} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => setSameName(null)} disabled={create.isPending}>
            Back
          </Button>
          <Button
            variant="default"
            loading={create.isPending}
            onClick={() => save({ ...sameName.input, allowDuplicateName: true }).catch(() => undefined)}
          >
            Create another
          </Button>
          <Button data-autofocus onClick={() => void navigate(`/clients/${existing.id}`)}>
            Open {existing.name}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form ref={form.formRef} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="lg">
        <ClientFormFields field={form.field} choice={form.choice} short />
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
