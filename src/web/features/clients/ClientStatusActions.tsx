import { Button, Text } from "@mantine/core";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { ClientDetail } from "../../../shared/api/clients.js";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { notifySuccess } from "../../lib/notify.js";
import { useCurrentUser } from "../auth/current-user.js";
import { useDeleteClient, useUpdateClient } from "./clients-api.js";

/** Archive or restore (anyone), and delete (the Company Owner only), each after a question. */
export function ClientStatusActions({ client }: { client: ClientDetail }) {
  const { role } = useCurrentUser();
  const update = useUpdateClient(client.id);
  const destroy = useDeleteClient(client.id);
  const navigate = useNavigate();
  const [asking, setAsking] = useState<"archive" | "restore" | "delete" | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);

  function ask(what: "archive" | "restore" | "delete") {
    setAsking(what);
    setConfirmOpen(true);
  }

  return (
    <>
      {client.archived ? (
        <Button variant="default" onClick={() => ask("restore")}>
          Restore
        </Button>
      ) : (
        <Button variant="default" onClick={() => ask("archive")}>
          Archive
        </Button>
      )}
      {role === "owner" && (
        <Button variant="outline" color="red" onClick={() => ask("delete")}>
          Delete
        </Button>
      )}

      <ConfirmDialog
        opened={confirmOpen && asking === "archive"}
        onClose={() => setConfirmOpen(false)}
        title={`Archive ${client.name}?`}
        confirmLabel="Archive client"
        onConfirm={async () => {
          await update.mutateAsync({ archived: true });
          notifySuccess(`${client.name} is archived.`);
        }}
      >
        <Text>
          {client.name} leaves the list of active clients. Everything on its card is kept, and you can restore
          it at any time from the Archived clients.
        </Text>
      </ConfirmDialog>

      <ConfirmDialog
        opened={confirmOpen && asking === "restore"}
        onClose={() => setConfirmOpen(false)}
        title={`Restore ${client.name}?`}
        confirmLabel="Restore client"
        onConfirm={async () => {
          await update.mutateAsync({ archived: false });
          notifySuccess(`${client.name} is active again.`);
        }}
      >
        <Text>{client.name} returns to the list of active clients.</Text>
      </ConfirmDialog>

      <ConfirmDialog
        opened={confirmOpen && asking === "delete"}
        onClose={() => setConfirmOpen(false)}
        title={`Delete ${client.name}?`}
        confirmLabel={`Delete ${client.name}`}
        danger
        onConfirm={async () => {
          await destroy.mutateAsync();
          notifySuccess(`${client.name} is deleted.`);
          void navigate("/clients", { replace: true });
        }}
      >
        <Text>
          {client.name}, its people and its link to Xero are deleted for good. This cannot be undone. To keep
          the history, archive the client instead.
        </Text>
      </ConfirmDialog>
    </>
  );
}
