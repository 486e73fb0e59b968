import { Alert, Button, DataList, Divider, Group, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { AppState } from "../../../shared/api/apps.js";
import type { Connection } from "../../../shared/api/integrations.js";
import { WarningIcon } from "../../components/icons.js";
import { Term } from "../../components/Term.js";
import { formatDateTime } from "../../lib/dates.js";
import { BILLING_TERMS } from "../billing/billing-terms.js";
import { AuthorizeXeroButton } from "./AuthorizeXeroButton.js";
import { ConnectionStatusLine } from "./ConnectionStatusLine.js";
import { connectionState, isAuthorized, otherOrganisations, reauthReason } from "./connection-state.js";
import { ManagersOnlyNote } from "./ManagersOnlyNote.js";
import { SandboxNote } from "./SandboxNote.js";
import type { XeroTab } from "./xero-tabs.js";

interface OverviewTabProps {
  app: AppState;
  connection: Connection;
  canManage: boolean;
  /** Enabling or disabling Xero is being saved. */
  appPending: boolean;
  /** Some app change is being saved: one at a time. */
  appBusy: boolean;
  onEnable: () => void;
  onDisable: () => void;
  onChooseOrganisation: () => void;
  onDisconnect: () => void;
  onGoTo: (tab: XeroTab) => void;
}

function AppSection({ app, canManage, appPending, appBusy, onEnable, onDisable }: OverviewTabProps) {
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" style={{ flex: "1 1 260px" }}>
        {app.enabled
          ? "Xero is enabled. Disabling it stops imports from Xero and sending invoices to it; the connection is kept."
          : "Xero is not enabled. Enable it, then connect Kontor to your Xero organisation."}
      </Text>
      {app.enabled ? (
        <Button variant="default" onClick={onDisable} loading={appPending} disabled={!canManage || appBusy}>
          Disable Xero
        </Button>
      ) : (
        <Button onClick={onEnable} loading={appPending} disabled={!canManage || appBusy}>
          Enable Xero
        </Button>
      )}
    </Group>
  );
}

function ConnectionDetails({ connection }: { connection: Connection }) {
  const others = otherOrganisations(connection);
  const narrow = useMediaQuery("(max-width: 36em)");
  return (
    <DataList size="sm" labelWidth={200} gap="xs" orientation={narrow ? "vertical" : "horizontal"}>
      <DataList.Item>
        <DataList.ItemLabel>Billing organisation</DataList.ItemLabel>
        <DataList.ItemValue>{connection.tenant?.name ?? "Not chosen yet"}</DataList.ItemValue>
      </DataList.Item>
      {others.length > 0 && (
        <DataList.Item>
          <DataList.ItemLabel>For work statistics</DataList.ItemLabel>
          <DataList.ItemValue>{others.map((o) => o.name).join(", ")}</DataList.ItemValue>
        </DataList.Item>
      )}
      {connection.authorizedBy && (
        <DataList.Item>
          <DataList.ItemLabel>Authorized by (Xero login)</DataList.ItemLabel>
          <DataList.ItemValue>{connection.authorizedBy}</DataList.ItemValue>
        </DataList.Item>
      )}
      {connection.connectedAt && (
        <DataList.Item>
          <DataList.ItemLabel>Connected since</DataList.ItemLabel>
          <DataList.ItemValue>{formatDateTime(connection.connectedAt)}</DataList.ItemValue>
        </DataList.Item>
      )}
    </DataList>
  );
}

function ConnectionSection(props: OverviewTabProps) {
  const { app, connection, canManage, onChooseOrganisation, onDisconnect, onGoTo } = props;
  const state = connectionState(connection);
  return (
    <Stack gap="sm">
      <ConnectionStatusLine connection={connection} size="md" />

      {state === "not_connected" && app.enabled && (
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dimmed" style={{ flex: "1 1 260px" }}>
            Authorize Xero on the Connect to Xero tab to import your clients, products and{" "}
            <Term definition={BILLING_TERMS.classificators}>classificators</Term>.
          </Text>
          <Button variant="light" onClick={() => onGoTo("connect")}>
            Go to Connect to Xero
          </Button>
        </Group>
      )}

      {state === "needs_reauth" && (
        <Alert color="red" variant="light" icon={<WarningIcon />} title="Xero needs to be authorized again">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{reauthReason(connection)}</Text>
            <Text size="sm">
              Nothing is lost: Kontor keeps its clients, products and invoices and carries on once Xero is
              authorized again.
            </Text>
            <AuthorizeXeroButton disabled={!canManage || !app.enabled}>Authorize Xero</AuthorizeXeroButton>
          </Stack>
        </Alert>
      )}

      {state === "choose_organisation" && (
        <Group justify="space-between" gap="sm">
          <Text size="sm" style={{ flex: "1 1 260px" }}>
            Kontor reaches several Xero organisations. Choose the billing organisation: Kontor imports clients
            from it and sends invoices to it. The others stay available for work statistics.
          </Text>
          <Button onClick={onChooseOrganisation} disabled={!canManage}>
            Choose the billing organisation
          </Button>
        </Group>
      )}

      {isAuthorized(connection) && (
        <>
          <ConnectionDetails connection={connection} />
          <Group>
            <Button variant="outline" color="red" onClick={onDisconnect} disabled={!canManage}>
              Disconnect
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

/** The Overview tab: whether Xero is on, where the connection stands, and Disconnect. */
export function OverviewTab(props: OverviewTabProps) {
  return (
    <Stack gap="lg">
      <SandboxNote connection={props.connection} withLogins={props.canManage} />
      <Stack gap="xs">
        <Title order={3} fz="md">
          Xero app
        </Title>
        <AppSection {...props} />
      </Stack>
      <Divider />
      <Stack gap="xs">
        <Title order={3} fz="md">
          Connection
        </Title>
        <ConnectionSection {...props} />
      </Stack>
      {!props.canManage && <ManagersOnlyNote />}
    </Stack>
  );
}
