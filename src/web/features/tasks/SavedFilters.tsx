import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { ChevronDownIcon, CloseIcon } from "../../components/icons.js";
import { ApiError, errorMessage } from "../../lib/api.js";
import { notifySuccess } from "../../lib/notify.js";
import { useDeleteTaskFilter, useSaveTaskFilter, useTaskFilters } from "./task-filters-api.js";

interface SavedFiltersProps {
  /** The current filters, as a saved filter keeps them. */
  query: string;
  onApply: (query: string) => void;
}

/** Saved filters: save the current ones under a name, apply one, delete one. Each person's own. */
export function SavedFilters({ query, onApply }: SavedFiltersProps) {
  const filters = useTaskFilters();
  const save = useSaveTaskFilter();
  const remove = useDeleteTaskFilter();
  const [menuOpen, setMenuOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const items = filters.data?.items ?? [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const saved = await save.mutateAsync({ name, query });
      notifySuccess(`The filter ${saved.name} is saved.`);
      setSaving(false);
    } catch (failure) {
      setError(
        failure instanceof ApiError ? (failure.fieldErrors.name ?? failure.message) : errorMessage(failure),
      );
    }
  }

  return (
    <>
      <Menu position="bottom-end" withinPortal opened={menuOpen} onChange={setMenuOpen}>
        <Menu.Target>
          <Button variant="default" rightSection={<ChevronDownIcon size={14} />}>
            Saved filters
          </Button>
        </Menu.Target>
        <Menu.Dropdown miw={240}>
          <Menu.Item
            onClick={() => {
              setName("");
              setError(null);
              setSaving(true);
            }}
          >
            Save the current filters…
          </Menu.Item>
          <Menu.Divider />
          {items.length === 0 ? (
            <Text size="xs" c="dimmed" px="sm" py={6}>
              No saved filters yet.
            </Text>
          ) : (
            items.map((filter) => (
              <Group key={filter.id} gap={0} wrap="nowrap">
                <Menu.Item onClick={() => onApply(filter.query)} style={{ flex: 1 }}>
                  {filter.name}
                </Menu.Item>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Delete the filter ${filter.name}`}
                  onClick={() => {
                    setMenuOpen(false);
                    setDeleting({ id: filter.id, name: filter.name });
                  }}
                >
                  <CloseIcon size={14} />
                </ActionIcon>
              </Group>
            ))
          )}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={saving} onClose={() => setSaving(false)} title="Save the current filters">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label="Name"
              placeholder="Overdue VAT returns"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={error}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setSaving(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={save.isPending}>
                Save filter
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete the filter ${deleting?.name ?? ""}?`}
        confirmLabel="Delete the filter"
        danger
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.id);
          notifySuccess(`The filter ${deleting.name} is deleted.`);
        }}
      >
        <Text>The tasks stay as they are; only the saved filter goes.</Text>
      </ConfirmDialog>
    </>
  );
}
