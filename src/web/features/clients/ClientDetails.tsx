import { Button, DataList, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type ReactNode, useEffect, useRef } from "react";
import type { ClientDetail } from "../../../shared/api/clients.js";
import { useMembers } from "../members/members-api.js";
import { EmailLink, PhoneLink } from "./ContactLinks.js";

function Value({ children }: { children: ReactNode }) {
  if (children === null || children === "" || children === undefined)
    return (
      <Text span c="dimmed">
        —
      </Text>
    );
  return <>{children}</>;
}

export function formatAddress(address: ClientDetail["address"]): string {
  const { line1, line2, city, region, postalCode, country } = address;
  return [line1, line2, city, region, postalCode, country].filter(Boolean).join("\n");
}

/** The client's card fields, read-only, with the button that makes them editable. */
export function ClientDetails({
  client,
  onEdit,
  focusEdit,
}: {
  client: ClientDetail;
  onEdit: () => void;
  /** Back from editing: the Edit button gets the focus again. */
  focusEdit: boolean;
}) {
  const editButton = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the details appear
  useEffect(() => {
    if (focusEdit) editButton.current?.focus();
  }, []);
  const narrow = useMediaQuery("(max-width: 36em)");
  const members = useMembers().data?.members;
  const responsible = client.responsibleUserId
    ? (members?.find((m) => m.id === client.responsibleUserId)?.name ?? "A member")
    : null;
  const rows: [string, ReactNode][] = [
    ["Name", client.name],
    ["Short mark", client.shortMark],
    ["Registry code", client.registryCode],
    ["VAT number", client.vatNumber],
    ["E-mail", client.email && <EmailLink email={client.email} />],
    ["Phone", client.phone && <PhoneLink phone={client.phone} />],
    ["Address", formatAddress(client.address)],
    ["Currency", client.currency],
    ["Responsible person", responsible],
    ["Notes", client.notes],
  ];
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} fz="lg">
            Details
          </Title>
          <Button ref={editButton} variant="default" size="xs" onClick={onEdit}>
            Edit details
          </Button>
        </Group>
        <DataList size="sm" labelWidth={140} gap="sm" orientation={narrow ? "vertical" : "horizontal"}>
          {rows.map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.ItemLabel>{label}</DataList.ItemLabel>
              <DataList.ItemValue style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }}>
                <Value>{value}</Value>
              </DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
      </Stack>
    </Paper>
  );
}
