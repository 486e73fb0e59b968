import { Button, Group } from "@mantine/core";
import { Link } from "react-router";
import { EmptyState } from "../../components/EmptyState.js";
import { ClientsIcon, DownloadIcon, PlusIcon, SearchIcon } from "../../components/icons.js";
import { useCurrentUser } from "../auth/current-user.js";
import { XERO_IMPORT_PATH } from "./xero-import-path.js";

interface ClientsEmptyStateProps {
  /** Search or filters are on: nothing matched them (rather than there being no clients). */
  filtered: boolean;
  /** Only an import's clients are asked for, with no other filter. */
  importOnly: boolean;
  onAdd: () => void;
  onClearFilters: () => void;
}

/** An empty client list: what it means and what to do about it. */
export function ClientsEmptyState({ filtered, importOnly, onAdd, onClearFilters }: ClientsEmptyStateProps) {
  const { canManage } = useCurrentUser();
  if (importOnly)
    return (
      <EmptyState
        icon={<DownloadIcon size={22} />}
        title="This import created or updated no clients"
        description="Contacts that were unchanged, skipped or failed are not listed here; the import's summary counts them."
        action={
          <Button variant="default" onClick={onClearFilters}>
            Show all clients
          </Button>
        }
      />
    );
  if (filtered)
    return (
      <EmptyState
        icon={<SearchIcon size={22} />}
        title="No clients match"
        description="Try other words, or show every client."
        action={
          <Button variant="default" onClick={onClearFilters}>
            Clear search and filters
          </Button>
        }
      />
    );
  return (
    <EmptyState
      icon={<ClientsIcon size={22} />}
      title="No clients yet"
      description={
        canManage
          ? "Add your firm's clients one by one, or import them from Xero with their primary person."
          : "Add your firm's clients one by one. The Company Owner or an Admin can also import them from Xero."
      }
      action={
        <Group gap="sm" justify="center">
          <Button leftSection={<PlusIcon size={16} />} onClick={onAdd}>
            Add client
          </Button>
          {canManage && (
            <Button
              component={Link}
              to={XERO_IMPORT_PATH}
              variant="default"
              leftSection={<DownloadIcon size={16} />}
            >
              Import from Xero
            </Button>
          )}
        </Group>
      }
    />
  );
}
