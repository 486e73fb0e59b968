import { Alert, Anchor, Badge, Grid, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";
import type { ClientDetail } from "../../../shared/api/clients.js";
import { ArrowLeftIcon, InfoIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { ApiError } from "../../lib/api.js";
import { usePageTitle } from "../../lib/use-page-title.js";
import { useCurrentUser } from "../auth/current-user.js";
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
        actions={<ClientStatusActions client={client} />}
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
  usePageTitle(client.data?.name ?? "Client");
  return (
    <>
      <BackToClients />
      {client.isPending ? (
        <LoadingState label="Loading the client…" />
      ) : client.isError ? (
        <ErrorState
          title={
            client.error instanceof ApiError && [400, 404].includes(client.error.status)
              ? "This client is not in Kontor"
              : "The client could not be loaded"
          }
          error={client.error}
          onRetry={() => client.refetch()}
        />
      ) : (
        <ClientCard client={client.data} />
      )}
    </>
  );
}
