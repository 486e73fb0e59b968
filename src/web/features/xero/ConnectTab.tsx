import { Alert, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { AppState } from "../../../shared/api/apps.js";
import type { Connection } from "../../../shared/api/integrations.js";
import { InfoIcon } from "../../components/icons.js";
import { Term } from "../../components/Term.js";
import { BILLING_TERMS } from "../billing/billing-terms.js";
import { AuthorizeXeroButton } from "./AuthorizeXeroButton.js";
import { isAuthorized } from "./connection-state.js";
import { ManagersOnlyNote } from "./ManagersOnlyNote.js";
import type { XeroTab } from "./xero-tabs.js";

interface ConnectTabProps {
  app: AppState;
  connection: Connection;
  canManage: boolean;
  onGoTo: (tab: XeroTab) => void;
}

function Explanation() {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      <Stack gap="xs">
        <Title order={3} fz="md">
          What connecting does
        </Title>
        <List size="sm" spacing={4}>
          <List.Item>
            Import your clients, <Term definition={BILLING_TERMS.products}>products</Term> and{" "}
            <Term definition={BILLING_TERMS.classificators}>classificators</Term> (
            <Term definition={BILLING_TERMS.vatRates}>VAT rates</Term>,{" "}
            <Term definition={BILLING_TERMS.resourceCodes}>resource codes</Term>) from Xero, adding new ones
            and updating existing ones.
          </List.Item>
          <List.Item>Send invoices generated in Kontor to Xero and read their paid status back.</List.Item>
          <List.Item>Read monthly work statistics from your clients' own Xero organisations.</List.Item>
        </List>
      </Stack>
      <Stack gap="xs">
        <Title order={3} fz="md">
          How it goes
        </Title>
        <List type="ordered" size="sm" spacing={4}>
          <List.Item>Kontor takes you to Xero's login page: log in with your Xero credentials.</List.Item>
          <List.Item>
            If you administer several organisations, pick the one Kontor should connect to, then click Allow
            access.
          </List.Item>
          <List.Item>Xero brings you back here; the connected organisation is shown on Overview.</List.Item>
        </List>
      </Stack>
    </SimpleGrid>
  );
}

/** The Connect to Xero tab: what connecting does, how it goes, and the button that starts it. */
export function ConnectTab({ app, connection, canManage, onGoTo }: ConnectTabProps) {
  const again = isAuthorized(connection);
  return (
    <Stack gap="lg">
      <Explanation />
      <Text size="sm" c="dimmed">
        You need a Xero login that may authorize third-party apps for the organisation. Kontor keeps its
        access up to date by itself: you only authorize again if access is removed inside Xero or you want
        another organisation.
      </Text>

      {app.enabled ? (
        <Paper withBorder radius="md" p="md" bg="gray.0">
          <Stack gap="sm" align="flex-start">
            {again && (
              <Text size="sm">
                To switch organisations or renew Kontor's access, authorize Xero again and pick the
                organisation. Kontor asks before it changes the billing organisation.
              </Text>
            )}
            <AuthorizeXeroButton disabled={!canManage}>
              {again ? "Authorize Xero again" : "Authorize Xero to start import"}
            </AuthorizeXeroButton>
            {connection.sandbox && canManage && (
              <Text size="sm" c="dimmed">
                {connection.label}: log in with <strong>demo@kontor.test</strong> (four organisations) or{" "}
                <strong>solo@kontor.test</strong> (one), password <strong>demo</strong>.
              </Text>
            )}
            {!canManage && <ManagersOnlyNote />}
          </Stack>
        </Paper>
      ) : (
        <Alert color="yellow" variant="light" icon={<InfoIcon />} title="Enable Xero first" role="note">
          <Group justify="space-between" gap="sm">
            <Text size="sm" style={{ flex: "1 1 240px" }}>
              Xero is not enabled. Enable it on the Overview tab, then come back here to authorize Xero.
            </Text>
            <Button variant="white" color="yellow.9" onClick={() => onGoTo("overview")}>
              Go to Overview
            </Button>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
