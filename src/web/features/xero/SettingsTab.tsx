import { DataList, Divider, Stack, Text, Title } from "@mantine/core";
import type { Connection } from "../../../shared/api/integrations.js";
import { BillingOrganisationChoice } from "./BillingOrganisationChoice.js";
import { ManagersOnlyNote } from "./ManagersOnlyNote.js";
import { TestConnection } from "./TestConnection.js";

interface SettingsTabProps {
  connection: Connection;
  canManage: boolean;
  choosing: boolean;
  /** Changes when a switch was cancelled: the choice shows the current billing organisation again. */
  choiceVersion: number;
  onChooseOrganisation: (organisationId: string) => void;
}

/** The Settings tab: the billing organisation, Test connection, and which Xero Kontor talks to. */
export function SettingsTab({
  connection,
  canManage,
  choosing,
  choiceVersion,
  onChooseOrganisation,
}: SettingsTabProps) {
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={3} fz="md">
          Organisations
        </Title>
        <BillingOrganisationChoice
          key={choiceVersion}
          connection={connection}
          canManage={canManage}
          pending={choosing}
          onChoose={onChooseOrganisation}
        />
        {connection.organisations.length > 0 && (
          <Text size="sm" c="dimmed">
            To connect another organisation, authorize Xero again on the Connect to Xero tab and pick it.
          </Text>
        )}
      </Stack>
      <Divider />
      <Stack gap="xs">
        <Title order={3} fz="md">
          Test connection
        </Title>
        <Text size="sm" c="dimmed">
          Asks Xero whether Kontor's access still works, without changing anything in Xero.
        </Text>
        <TestConnection connection={connection} />
      </Stack>
      <Divider />
      <Stack gap="xs">
        <Title order={3} fz="md">
          Environment
        </Title>
        <DataList size="sm" labelWidth={190}>
          <DataList.Item>
            <DataList.ItemLabel>Kontor talks to</DataList.ItemLabel>
            <DataList.ItemValue>
              {connection.sandbox
                ? `${connection.label}: Kontor's bundled demo Xero. Nothing reaches the real Xero.`
                : "The real Xero (xero.com)."}
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Stack>
      {!canManage && <ManagersOnlyNote />}
    </Stack>
  );
}
