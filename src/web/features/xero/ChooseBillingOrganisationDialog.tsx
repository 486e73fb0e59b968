import { Button, Group, Modal, Radio, Stack, Text } from "@mantine/core";
import { useState } from "react";
import type { Connection } from "../../../shared/api/integrations.js";
import { FormError } from "../../components/FormError.js";
import { LoadingState } from "../../components/QueryStates.js";
import { errorMessage } from "../../lib/api.js";
import { notifySuccess } from "../../lib/notify.js";
import { useChooseBillingOrganisation } from "./xero-api.js";

interface ChooseBillingOrganisationDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Undefined while it loads. */
  connection: Connection | undefined;
  stackId: string;
}

function Choice({ connection, onClose }: { connection: Connection; onClose: () => void }) {
  const choose = useChooseBillingOrganisation();
  const [selected, setSelected] = useState<string | null>(connection.tenant?.id ?? null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function submit() {
    if (choose.isPending) return;
    if (!selected) {
      setMissing(true);
      return;
    }
    setError(null);
    choose.mutate(selected, {
      onSuccess: (saved) => {
        notifySuccess(
          `${saved.tenant?.name ?? "The organisation"} is the billing organisation.`,
          "Xero is connected",
        );
        onClose();
      },
      onError: (failure) => setError(errorMessage(failure)),
    });
  }

  return (
    <Stack gap="md">
      <Text size="sm">
        Kontor is connected to these Xero organisations. Choose the one your firm invoices from: Kontor
        imports clients from it and sends invoices to it. The others stay available for work statistics.
      </Text>
      <Radio.Group
        label="Billing organisation"
        value={selected}
        onChange={(value) => {
          setSelected(value);
          setMissing(false);
        }}
        error={missing ? "Choose the billing organisation." : undefined}
      >
        <Stack gap="xs" mt={8}>
          {connection.organisations.map((organisation, index) => (
            <Radio
              key={organisation.id}
              value={organisation.id}
              label={organisation.name}
              data-autofocus={index === 0 || undefined}
              disabled={choose.isPending}
            />
          ))}
        </Stack>
      </Radio.Group>
      <FormError message={error} />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} disabled={choose.isPending}>
          Later
        </Button>
        <Button onClick={submit} loading={choose.isPending}>
          Use as billing organisation
        </Button>
      </Group>
    </Stack>
  );
}

/** After authorizing several organisations: which one is the billing organisation. */
export function ChooseBillingOrganisationDialog({
  opened,
  onClose,
  connection,
  stackId,
}: ChooseBillingOrganisationDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Choose the billing organisation"
      centered
      size={520}
      stackId={stackId}
    >
      {connection ? (
        <Choice connection={connection} onClose={onClose} />
      ) : (
        <LoadingState label="Loading the organisations…" />
      )}
    </Modal>
  );
}
