import { Code, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ClientDetail } from "../../../shared/api/clients.js";
import { IntegrationBadge } from "./IntegrationBadge.js";

/** The client's link to its Xero contact, and what the link means for imports. */
export function ClientIntegration({ client }: { client: ClientDetail }) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="lg">
            Integration
          </Title>
          <IntegrationBadge xero={client.xero} />
        </Group>
        {client.xero ? (
          <>
            <Text size="sm">
              Linked to the Xero contact{" "}
              <Code style={{ overflowWrap: "anywhere" }}>{client.xero.contactId}</Code>.
            </Text>
            <Text size="sm" c="dimmed">
              Imports from Xero update this client. A field you edit here is kept: the next import shows
              Xero's value as a conflict instead of overwriting yours.
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Not linked to Xero. An import from Xero links the clients it matches to their Xero contacts.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
