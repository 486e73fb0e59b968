import { Button, Group, Radio, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import type { Connection } from "../../../shared/api/integrations.js";

interface BillingOrganisationChoiceProps {
  connection: Connection;
  canManage: boolean;
  pending: boolean;
  /** The user picked another organisation; switching from a current one is confirmed first. */
  onChoose: (organisationId: string) => void;
}

/** The billing organisation as a choice among the connected ones; the others are for work statistics. */
export function BillingOrganisationChoice({
  connection,
  canManage,
  pending,
  onChoose,
}: BillingOrganisationChoiceProps) {
  const current = connection.tenant?.id ?? null;
  const [selected, setSelected] = useState<string | null>(current);
  useEffect(() => setSelected(current), [current]);

  if (connection.organisations.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No organisation yet: connect Kontor to Xero on the Connect to Xero tab.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Radio.Group
        label="Billing organisation"
        description="Kontor imports clients from the billing organisation and sends invoices to it. The other organisations stay available for work statistics."
        value={selected}
        onChange={setSelected}
      >
        <Stack gap="xs" mt={8}>
          {connection.organisations.map((organisation) => (
            <Radio
              key={organisation.id}
              value={organisation.id}
              label={organisation.name}
              description={organisation.billing ? "Billing organisation" : "Available for work statistics"}
              disabled={!canManage || pending}
            />
          ))}
        </Stack>
      </Radio.Group>
      {canManage && connection.organisations.length > 1 && (
        <Group>
          <Button
            variant={current ? "default" : "filled"}
            disabled={!selected || selected === current}
            loading={pending}
            onClick={() => selected && onChoose(selected)}
          >
            {current ? "Change billing organisation" : "Use as billing organisation"}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
