import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { type ClientContact, CreateContactBody, UpdateContactBody } from "../../../shared/api/clients.js";
import { FormError } from "../../components/FormError.js";
import { notifySuccess } from "../../lib/notify.js";
import { useForm } from "../../lib/use-form.js";
import { personSchema } from "./client-fields.js";
import { useAddPerson, useUpdatePerson } from "./clients-api.js";
import { personName } from "./person-name.js";

interface PersonFormProps {
  clientId: string;
  /** The client's country: a phone number without its country code is in it. */
  clientCountry: string | null;
  /** The person to edit; a new one when absent. */
  person: ClientContact | null;
  /** A client's first person becomes its primary person anyway. */
  firstPerson: boolean;
  onDone: () => void;
}

function PersonForm({ clientId, clientCountry, person, firstPerson, onDone }: PersonFormProps) {
  const add = useAddPerson(clientId);
  const update = useUpdatePerson(clientId);
  const [primary, setPrimary] = useState(person?.primary ?? firstPerson);
  const initialValues = {
    firstName: person?.firstName ?? "",
    lastName: person?.lastName ?? "",
    role: person?.role ?? "",
    email: person?.email ?? "",
    phone: person?.phone ?? "",
  };
  const form = useForm({
    initialValues,
    // Editing sends only what changed (and checks it); a new person's every field is new.
    schema: person
      ? personSchema(UpdateContactBody, initialValues, clientCountry)
      : personSchema(CreateContactBody, initialValues, clientCountry),
    onSubmit: async (input) => {
      // Only ever set as primary: the server keeps one primary person by moving the mark.
      const withPrimary = primary && !person?.primary ? { ...input, primary: true } : input;
      const saved = person
        ? await update.mutateAsync({ id: person.id, input: withPrimary })
        : await add.mutateAsync(withPrimary);
      notifySuccess(person ? `${personName(saved)} is saved.` : `${personName(saved)} is added.`);
      onDone();
    },
  });
  return (
    <form ref={form.formRef} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput label="First name" autoComplete="off" data-autofocus {...form.field("firstName")} />
          <TextInput label="Last name" autoComplete="off" {...form.field("lastName")} />
        </SimpleGrid>
        <TextInput
          label="Role"
          description="E.g. CEO, bookkeeper"
          autoComplete="off"
          {...form.field("role")}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput label="E-mail" type="email" autoComplete="off" {...form.field("email")} />
          <TextInput label="Phone" type="tel" autoComplete="off" {...form.field("phone")} />
        </SimpleGrid>
        <Checkbox
          label="Primary person"
          description={
            person?.primary
              ? "To change the primary person, make someone else primary."
              : "The client's main contact; there is one at a time."
          }
          checked={primary}
          disabled={Boolean(person?.primary) || firstPerson}
          onChange={(event) => setPrimary(event.currentTarget.checked)}
        />
        <FormError message={form.formError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={form.submitting}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {person ? "Save person" : "Add person"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface PersonDialogProps extends Omit<PersonFormProps, "onDone"> {
  opened: boolean;
  onClose: () => void;
}

/** Add a person to a client, or edit one. */
export function PersonDialog({ opened, onClose, ...props }: PersonDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={props.person ? `Edit ${personName(props.person)}` : "Add a person"}
      size="lg"
    >
      <PersonForm key={props.person?.id ?? "new"} {...props} onDone={onClose} />
    </Modal>
  );
}
