import { Alert, Button, Collapse, Group, List, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { useState } from "react";
import type { Connection } from "../../../shared/api/integrations.js";
import { ChevronDownIcon, ChevronUpIcon, InfoIcon } from "../../components/icons.js";
import { Term } from "../../components/Term.js";
import { BILLING_TERMS } from "../billing/billing-terms.js";
import { AuthorizeXeroButton } from "./AuthorizeXeroButton.js";
import { connectionState, reauthReason } from "./connection-state.js";
import { ImportFlow } from "./import/ImportFlow.js";
import { useLatestImport } from "./import/import-api.js";
import type { XeroTab } from "./xero-tabs.js";

interface ImportTabProps {
  connection: Connection;
  canManage: boolean;
  onGoTo: (tab: XeroTab) => void;
  onChooseOrganisation: () => void;
  /** Just back from authorizing Xero: the import starts by itself. */
  autoStart?: boolean;
  onAutoStarted?: () => void;
}

/** What an import needs first, for each connection state; null when nothing is missing. */
function FirstStep({ connection, canManage, onGoTo, onChooseOrganisation }: ImportTabProps) {
  if (!connection.enabled)
    return (
      <Alert color="yellow" variant="light" icon={<InfoIcon />} title="Xero is not enabled" role="note">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">Enable Xero on the Overview tab to import from it.</Text>
          <Button variant="white" color="yellow.9" onClick={() => onGoTo("overview")}>
            Go to Overview
          </Button>
        </Stack>
      </Alert>
    );
  switch (connectionState(connection)) {
    case "not_connected":
      return (
        <Alert
          color="yellow"
          variant="light"
          icon={<InfoIcon />}
          title="First connect Kontor to Xero"
          role="note"
        >
          <Stack gap="sm" align="flex-start">
            <Text size="sm">
              Import reads from your billing organisation in Xero. On the Connect to Xero tab, click Authorize
              Xero to start import.
            </Text>
            <Button variant="white" color="yellow.9" onClick={() => onGoTo("connect")}>
              Go to Connect to Xero
            </Button>
          </Stack>
        </Alert>
      );
    case "choose_organisation":
      return (
        <Alert
          color="yellow"
          variant="light"
          icon={<InfoIcon />}
          title="First choose the billing organisation"
          role="note"
        >
          <Stack gap="sm" align="flex-start">
            <Text size="sm">
              Import reads from the billing organisation: choose it among those connected.
            </Text>
            <Button variant="white" color="yellow.9" onClick={onChooseOrganisation} disabled={!canManage}>
              Choose the billing organisation
            </Button>
          </Stack>
        </Alert>
      );
    case "needs_reauth":
      return (
        <Alert color="red" variant="light" icon={<InfoIcon />} title="First authorize Xero again" role="note">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{reauthReason(connection)} Nothing is lost; imports go on once it is done.</Text>
            {canManage && <AuthorizeXeroButton color="red">Authorize Xero</AuthorizeXeroButton>}
          </Stack>
        </Alert>
      );
    case "connected":
      return null;
  }
}

function WhatItBrings() {
  return (
    <Stack gap="xs">
      <Text size="sm">From your billing organisation in Xero, Kontor imports:</Text>
      <List size="sm" spacing={4}>
        <List.Item>
          <strong>Clients</strong> from Xero customers (archived contacts are skipped), matched to clients
          already in Kontor on their contact details;
        </List.Item>
        <List.Item>
          <strong>Client contacts</strong>: each customer's primary person with its e-mail and phone
          (additional contact persons are not imported);
        </List.Item>
        <List.Item>
          <Term strong definition={BILLING_TERMS.vatRates}>
            VAT rates
          </Term>
          ,{" "}
          <Term strong definition={BILLING_TERMS.resourceCodes}>
            resource codes
          </Term>
          ,{" "}
          <Term strong definition={BILLING_TERMS.products}>
            products
          </Term>{" "}
          and{" "}
          <Term strong definition={BILLING_TERMS.currencies}>
            currencies
          </Term>{" "}
          with the first import, once you confirm it (later with Import classificators in Billing).
        </List.Item>
      </List>
      <Text size="sm" c="dimmed">
        The import goes one way, from Xero to Kontor. You always see the list of new and existing clients
        first, choose which to add or update, and confirm: nothing changes in Kontor before that.
      </Text>
    </Stack>
  );
}

/** The Import tab: what an import brings in, what it needs first, and the import itself. */
export function ImportTab(props: ImportTabProps) {
  const state = connectionState(props.connection);
  const authorized = state === "connected" || state === "needs_reauth";
  const latest = useLatestImport({ enabled: authorized });
  const firstTime = !authorized || latest.data === null;
  const [aboutOpen, setAboutOpen] = useState<boolean | null>(null);
  const showAbout = aboutOpen ?? firstTime;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <UnstyledButton onClick={() => setAboutOpen(!showAbout)} aria-expanded={showAbout}>
          <Group gap={6}>
            <Title order={3} fz="md">
              What the import brings in
            </Title>
            {showAbout ? <ChevronUpIcon size={16} /> : <ChevronDownIcon size={16} />}
          </Group>
        </UnstyledButton>
        <Collapse expanded={showAbout}>
          <WhatItBrings />
        </Collapse>
      </Stack>
      {/* A stopped import shows its own Authorize Xero button. */}
      {!(state === "needs_reauth" && latest.data?.status === "failed") && <FirstStep {...props} />}
      {authorized && (
        <ImportFlow
          connection={props.connection}
          canManage={props.canManage}
          autoStart={props.autoStart}
          onAutoStarted={props.onAutoStarted}
        />
      )}
    </Stack>
  );
}
