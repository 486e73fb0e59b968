import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { ClientContact, ClientDetail } from "../../../shared/api/clients.js";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { ItemList, ItemRow } from "../../components/ItemList.js";
import { DotsIcon, PlusIcon, StarIcon } from "../../components/icons.js";
import { notifyFailure, notifySuccess } from "../../lib/notify.js";
import { EmailLink, PhoneLink } from "./ContactLinks.js";
import { useRemovePerson, useUpdatePerson } from "./clients-api.js";
import { PersonDialog } from "./PersonDialog.js";
import { personName } from "./person-name.js";

function PersonRow({
  person,
  onEdit,
  onMakePrimary,
  onRemove,
}: {
  person: ClientContact;
  onEdit: () => void;
  onMakePrimary: () => void;
  onRemove: () => void;
}) {
  const name = personName(person);
  const parts = [
    person.role && <span key="role">{person.role}</span>,
    person.email && <EmailLink key="email" email={person.email} />,
    person.phone && <PhoneLink key="phone" phone={person.phone} />,
  ].filter(Boolean);
  return (
    <ItemRow
      title={
        <Group gap={6} wrap="wrap">
          <Text fw={600} size="sm">
            {name}
          </Text>
          {person.primary && (
            <Badge size="sm" variant="light" color="kontor" tt="none" leftSection={<StarIcon size={12} />}>
              Primary person
            </Badge>
          )}
        </Group>
      }
      details={
        <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
          {parts.length === 0
            ? "No role, e-mail or phone"
            : parts.flatMap((part, i) => (i === 0 ? [part] : [" · ", part]))}
        </Text>
      }
      actions={
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${name}`}>
              <DotsIcon />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={onEdit}>Edit {name}…</Menu.Item>
            {!person.primary && <Menu.Item onClick={onMakePrimary}>Make {name} the primary person</Menu.Item>}
            <Menu.Item color="red" onClick={onRemove}>
              Remove {name}…
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      }
    />
  );
}

/** The client's people: the primary person marked; add, edit, make primary, remove. */
export function ClientPeople({ client }: { client: ClientDetail }) {
  const update = useUpdatePerson(client.id);
  const remove = useRemovePerson(client.id);
  const [editing, setEditing] = useState<ClientContact | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  // The person a removal asks about; kept while its question closes.
  const [removing, setRemoving] = useState<ClientContact | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const people = [...client.contacts].sort((a, b) => Number(b.primary) - Number(a.primary));

  function makePrimary(person: ClientContact) {
    update.mutate(
      { id: person.id, input: { primary: true } },
      {
        onSuccess: () => notifySuccess(`${personName(person)} is now the primary person.`),
        onError: (error) => notifyFailure(error, "The primary person could not be changed"),
      },
    );
  }

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} fz="lg">
            People
          </Title>
          <Button
            size="xs"
            variant="default"
            leftSection={<PlusIcon size={14} />}
            onClick={() => {
              setEditing(null);
              setDialogOpen(true);
            }}
          >
            Add person
          </Button>
        </Group>
        {people.length === 0 ? (
          <Text size="sm" c="dimmed">
            No people yet. Add the client's contact person: the first one becomes the primary person.
          </Text>
        ) : (
          <ItemList label="People">
            {people.map((person) => (
              <PersonRow
                key={person.id}
                person={person}
                onEdit={() => {
                  setEditing(person);
                  setDialogOpen(true);
                }}
                onMakePrimary={() => makePrimary(person)}
                onRemove={() => {
                  setRemoving(person);
                  setConfirmRemove(true);
                }}
              />
            ))}
          </ItemList>
        )}
      </Stack>

      <PersonDialog
        opened={dialogOpen}
        onClose={() => setDialogOpen(false)}
        clientId={client.id}
        clientCountry={client.address.country}
        person={editing}
        firstPerson={!editing && people.length === 0}
      />
      <ConfirmDialog
        opened={confirmRemove}
        onClose={() => setConfirmRemove(false)}
        title={`Remove ${removing ? personName(removing) : "this person"}?`}
        confirmLabel={`Remove ${removing ? personName(removing) : "person"}`}
        danger
        onConfirm={async () => {
          if (!removing) return;
          await remove.mutateAsync(removing.id);
          notifySuccess(`${personName(removing)} is removed from ${client.name}.`);
        }}
      >
        <Text>
          {removing ? personName(removing) : "This person"} is removed from {client.name}'s people.
          {removing?.primary && people.length > 1
            ? " The longest-standing of the others becomes the primary person."
            : ""}
        </Text>
      </ConfirmDialog>
    </Paper>
  );
}
