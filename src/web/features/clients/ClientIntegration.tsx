import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ClientDetail } from "../../../shared/api/clients.js";
import { useXeroConnection } from "../xero/xero-api.js";
import { IntegrationBadge } from "./IntegrationBadge.js";

/**
 * The contact's page in Xero. Xero opens it in the organisation the user has open there (a link
 * naming the organisation needs its short code, which Kontor does not keep).
 */
export const xeroContactUrl = (contactId: string) =>
  `https://go.xero.com/Contacts/View/${encodeURIComponent(contactId)}`;

/** The client's link to its Xero contact, and what the link means for imports. */
export function ClientIntegration({ client }: { client: ClientDetail }) {
  const connection = useXeroConnection({ enabled: Boolean(client.xero) });
  // The bundled sandbox has no pages to open: its contacts are not in real Xero.
  const sandbox = connection.data?.sandbox ?? false;
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
            <Text size="sm" title={`Xero ContactID ${client.xero.contactId}`}>
              Linked to Xero contact
              {sandbox ? (
                " (in the demo Xero sandbox)"
              ) : (
                <>
                  {" · "}
                  <Anchor
                    href={xeroContactUrl(client.xero.contactId)}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    Open in Xero
                  </Anchor>
                </>
              )}
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
