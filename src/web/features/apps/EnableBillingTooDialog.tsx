import { Button, Group, Modal, Stack, Text } from "@mantine/core";

interface EnableBillingTooDialogProps {
  opened: boolean;
  onClose: () => void;
  onEnableBoth: () => void;
  onEnableXeroOnly: () => void;
  /** Its place in a `Modal.Stack`: it opens over the Xero dialog. */
  stackId?: string;
}

/** Asked when Xero is enabled while Billing is off: Xero is far more useful with Billing. */
export function EnableBillingTooDialog({
  opened,
  onClose,
  onEnableBoth,
  onEnableXeroOnly,
  stackId,
}: EnableBillingTooDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Enable Billing too?"
      centered
      size={540}
      stackId={stackId}
    >
      <Stack gap="md">
        <Text>
          Billing is not enabled yet. We strongly advise enabling it together with Xero: then Kontor not only
          imports your clients and contacts from Xero, you can also create invoices in Kontor and send them to
          Xero.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="subtle" color="gray" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="default" onClick={onEnableXeroOnly}>
            Only Xero
          </Button>
          <Button onClick={onEnableBoth} data-autofocus>
            Enable Billing and Xero
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
