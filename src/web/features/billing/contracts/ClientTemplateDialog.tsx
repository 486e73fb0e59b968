import { Anchor, Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { FormError } from "../../../components/FormError.js";
import { LoadingState } from "../../../components/QueryStates.js";
import { errorMessage } from "../../../lib/api.js";
import { notifySuccess } from "../../../lib/notify.js";
import { linesSummary } from "./contract-form.js";
import { useApplyContractTemplate, useContractTemplates } from "./contracts-api.js";

interface ClientTemplateDialogProps {
  opened: boolean;
  onClose: () => void;
  clientId: string;
  clientName: string;
  /** The client has lines now: say they are replaced. */
  hasLines: boolean;
}

/** From a client's page: give it a template's contract. */
export function ClientTemplateDialog({
  opened,
  onClose,
  clientId,
  clientName,
  hasLines,
}: ClientTemplateDialogProps) {
  const templates = useContractTemplates(opened);
  const apply = useApplyContractTemplate();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const chosen = templates.data?.find((t) => t.id === templateId);

  function close() {
    if (apply.isPending) return;
    setProblem(null);
    setTemplateId(null);
    onClose();
  }

  async function confirm() {
    if (!chosen) return;
    setProblem(null);
    try {
      await apply.mutateAsync({ id: chosen.id, clientIds: [clientId] });
      notifySuccess(`${clientName} follows ${chosen.name} now.`);
      close();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  return (
    <Modal opened={opened} onClose={close} title="Apply a contract template" centered>
      {templates.isPending ? (
        <LoadingState label="Loading templates…" />
      ) : templates.data?.length === 0 ? (
        <Text size="sm">
          No contract templates yet. Make one in{" "}
          <Anchor component={Link} to="/billing/contract-templates" inherit>
            Billing → Contract templates
          </Anchor>
          , then apply it to many clients at once.
        </Text>
      ) : (
        <Stack gap="md">
          <Select
            label="Template"
            placeholder="Choose a template"
            data={(templates.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
            value={templateId}
            onChange={setTemplateId}
            data-autofocus
          />
          {chosen && (
            <Text size="sm" c="dimmed">
              Day {chosen.billingDay} · {linesSummary(chosen.lines)}
            </Text>
          )}
          <Text size="sm">
            {hasLines ? `${clientName}'s current lines and billing day are replaced by the template's. ` : ""}
            The contract then follows the template: its later changes reach {clientName} too.
          </Text>
          <FormError message={problem ?? (templates.isError ? errorMessage(templates.error) : null)} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={apply.isPending}>
              Cancel
            </Button>
            <Button onClick={confirm} disabled={!chosen} loading={apply.isPending}>
              {hasLines ? "Replace the contract" : "Apply template"}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
