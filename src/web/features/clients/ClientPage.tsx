import { Alert, Anchor, Badge, Button, Grid, Group, Stack, Tabs, Text } from "@mantine/core";
import { lazy, Suspense, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import type { ClientDetail } from "../../../shared/api/clients.js";
import { EmptyState } from "../../components/EmptyState.js";
import { ArrowLeftIcon, ClientsIcon, InfoIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { ApiError } from "../../lib/api.js";
import { usePageTitle } from "../../lib/use-page-title.js";
import { useCurrentUser } from "../auth/current-user.js";
import { NewInvoiceButton } from "../billing/invoices/NewInvoiceButton.js";
import { ClientTasks } from "../tasks/ClientTasks.js";
import { ClientDetails } from "./ClientDetails.js";
import { ClientDetailsForm } from "./ClientDetailsForm.js";
import { ClientIntegration } from "./ClientIntegration.js";
import { ClientPeople } from "./ClientPeople.js";
import { ClientStatusActions } from "./ClientStatusActions.js";
import { useClient } from "./clients-api.js";

// The contract is Billing's: its script loads when the tab is first opened.
const ClientContract = lazy(async () => ({
  default: (await import("../billing/contracts/ClientContract.js")).ClientContract,
}));

// The workflow tab loads its script when first opened, as the contract does.
const ClientWorkflows = lazy(async () => ({
  default: (await import("../workflows/ClientWorkflows.js")).ClientWorkflows,
}));

const TABS = ["details", "workflow", "contract", "tasks"] as const;
type Tab = (typeof TABS)[number];

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
  // The tab is in the address (?tab=contract), so a link or a reload opens it.
  const [search, setSearch] = useSearchParams();
  const tab: Tab = TABS.find((t) => t === search.get("tab")) ?? "details";
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
      <Tabs
        value={tab}
        onChange={(next) => setSearch(next && next !== "details" ? { tab: next } : {})}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="details">Details</Tabs.Tab>
          <Tabs.Tab value="workflow">Workflow</Tabs.Tab>
          <Tabs.Tab value="contract">Contract</Tabs.Tab>
          <Tabs.Tab value="tasks">Tasks</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details">
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
        </Tabs.Panel>
        <Tabs.Panel value="workflow">
          <Suspense fallback={<LoadingState label="Loading the workflow…" />}>
            <ClientWorkflows client={client} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="contract">
          <Suspense fallback={<LoadingState label="Loading the contract…" />}>
            <ClientContract client={client} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="tasks">
          <ClientTasks client={client} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

/** A client's card: its fields, its people and its Xero link, its workflows and its contract; archive, restore and delete. */
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
