import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import type { Client } from "../../../shared/api/clients.js";
import { IntegrationBadge } from "./IntegrationBadge.js";
import { personName } from "./person-name.js";

/** The client list on a phone: one card a client instead of a wide table. */
export function ClientCards({ clients, busy }: { clients: Client[]; busy: boolean }) {
  return (
    <Paper withBorder radius="md" style={{ opacity: busy ? 0.6 : 1 }} aria-busy={busy}>
      <Stack component="ul" aria-label="Clients" gap={0} m={0} p={0} style={{ listStyle: "none" }}>
        {clients.map((client) => (
          <Stack component="li" key={client.id} className="kontor-item-row" gap={2} px="md" py="sm">
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Group gap={6} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/clients/${client.id}`} fw={600} size="sm">
                  {client.name}
                </Anchor>
                {client.archived && (
                  <Badge size="xs" color="gray" variant="light" tt="none">
                    Archived
                  </Badge>
                )}
              </Group>
              {client.xero && <IntegrationBadge xero={client.xero} />}
            </Group>
            <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
              {[
                client.shortMark,
                client.registryCode,
                client.email,
                client.primaryPerson ? personName(client.primaryPerson) : null,
              ]
                .filter(Boolean)
                .join(" · ") || "No registry code, e-mail or people yet"}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
