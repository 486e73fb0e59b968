import { Button, Group, Modal, Stack } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { errorMessage } from "../lib/api.js";
import { FormError } from "./FormError.js";

interface ConfirmDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** The confirm button's words: say what happens ("Remove Maria Tamm"), not "OK". */
  confirmLabel: string;
  /** Runs the action; the dialog shows progress, closes when it succeeds and shows why when it fails. */
  onConfirm: () => Promise<unknown>;
  danger?: boolean;
  /** Its place in a `Modal.Stack`, when it opens over another dialog. */
  stackId?: string;
}

/** Asks before an action that cannot be taken back. Focus starts on Cancel; Escape cancels. */
export function ConfirmDialog({
  opened,
  onClose,
  title,
  children,
  confirmLabel,
  onConfirm,
  danger = false,
  stackId,
}: ConfirmDialogProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function close() {
    if (pending) return;
    setError(null);
    onClose();
  }

  async function confirm() {
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      setPending(false);
      onClose();
    } catch (failure) {
      setPending(false);
      setError(errorMessage(failure));
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={title} centered size="md" stackId={stackId}>
      <Stack gap="md">
        {children}
        <FormError message={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={pending} data-autofocus>
            Cancel
          </Button>
          <Button color={danger ? "red" : undefined} loading={pending} onClick={confirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
