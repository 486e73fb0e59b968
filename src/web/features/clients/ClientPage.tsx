import { Alert, Anchor, Badge, Button, Grid, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";
import type { ClientDetail } from "../../../shared/api/clients.js";
import { EmptyState } from "../../components/EmptyState.js";
import { ArrowLeftIcon, ClientsIcon, InfoIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { ApiError } from "../../lib/api.js";
import { usePageTitle } from "../../lib/use-page-title.js";
import { useCurrentUser } from "../auth/current-user.js";
import { NewInvoiceButton } from "../billing/invoices/NewInvoiceButton.js";
import { ClientDetails } from "./ClientDetails.js";
import { ClientDetailsForm } from "./ClientDetailsForm.js";
import { ClientIntegration } from "./ClientIntegration.js";
import { ClientPeople } from "./ClientPeople.js";
import { ClientStatusActions } from "./ClientStatusActions.js";
import { useClient } from "./clients-api.js";

function BackToClients() {
  return (
    <Anchor component={Link} to="/clients" size="sm" mb="xs" display="inline-block">
      <Group gap={4} wrap="nowrap">
        <ArrowLeftIcon size={14} />
        Clients
      </Group>
    </Anchor>
  );
}

function ClientCard({ client }: { client: ClientDetail }) {
  const { role } = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const [edited, setEdited] = useState(false);
  const facts = [client.shortMark, client.registryCode && `Registry code ${client.registryCode}`]
    .filter(Boolean)
    .join(" · ");
  return (
    <>
      <PageHeader
        title={client.name}
        description={
          <Group gap="xs" component="span">
            {client.archived && (
              <Badge color="gray" variant="filled" tt="none" component="span">
                Archived
              </Badge>
            )}
            <span>{facts || "Client"}</span>
          </Group>
        }
        actions={
          <>
            {!client.archived && <NewInvoiceButton clientId={client.id} />}
            <ClientStatusActions client={client} />
          </>
        }
      />
      {role !== "owner" && (
        <Text size="xs" c="dimmed" mt={-16} mb="lg" ta="right">
          Only the Company Owner can delete a client; archive a client you no longer work for.
        </Text>
      )}
      {client.archived && (
        <Alert color="gray" variant="light" icon={<InfoIcon />} mb="lg" role="note">
          {client.name} is archived: it is not in the list of active clients. Restore it to work for it again.
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          {editing ? (
            <ClientDetailsForm
              client={client}
              onDone={() => {
                setEditing(false);
                setEdited(true);
              }}
            />
          ) : (
            <ClientDetails client={client} onEdit={() => setEditing(true)} focusEdit={edited} />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <ClientPeople client={client} />
            <ClientIntegration client={client} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

/** A client's card: its fields, its people and its Xero link; archive, restore and delete. */
export function ClientPage() {
  const { id = "" } = useParams();
  const client = useClient(id);
  const missing = client.error instanceof ApiError && [400, 404].includes(client.error.status);
  usePageTitle(client.data?.name ?? (missing ? "No such client" : "Client"));
  return (
    <>
      <BackToClients />
      {client.isPending ? (
        <LoadingState label="Loading the client…" />
      ) : client.isError && client.error instanceof ApiError && [400, 404].includes(client.error.status) ? (
        // Trying again cannot bring it back: say so, and where the clients are.
        <EmptyState
          icon={<ClientsIcon />}
          title="No such client"
          description="There is no client at this address in your company: it may have been deleted, or the link is wrong."
          action={
            <Button component={Link} to="/clients" variant="default">
              Go to your clients
            </Button>
          }
        />
      ) : client.isError ? (
        <ErrorState
          title="The client could not be loaded"
          error={client.error}
          onRetry={() => client.refetch()}
        />
      ) : (
        <ClientCard client={client.data} />
      )}
    </>
  );
}
