import { Badge, Text, Tooltip } from "@mantine/core";
import type { Client } from "../../../shared/api/clients.js";

/**
 * The Integration column: a Xero badge when the client is linked to a Xero contact (the contact's
 * id in a tooltip, reachable by keyboard too), a dash otherwise.
 */
export function IntegrationBadge({ xero }: { xero: Client["xero"] }) {
  if (!xero)
    return (
      <Text span c="dimmed" aria-label="Not linked">
        —
      </Text>
    );
  return (
    <Tooltip
      label={`Xero contact ${xero.contactId}`}
      withArrow
      openDelay={150}
      events={{ hover: true, focus: true, touch: true }}
    >
      <Badge
        color="cyan"
        variant="light"
        radius="sm"
        tt="none"
        tabIndex={0}
        aria-label={`Linked to Xero contact ${xero.contactId}`}
        style={{ cursor: "default" }}
      >
        Xero
      </Badge>
    </Tooltip>
  );
}
