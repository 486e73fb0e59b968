import { Button, Group, List, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { ApplyWorkflowResult } from "../../../shared/api/workflows.js";
import { FormError } from "../../components/FormError.js";
import { errorMessage } from "../../lib/api.js";
import { useApplyWorkflow, useWorkflowTemplates } from "./workflows-api.js";

const clientsWord = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "client" : "clients"}`;

interface ApplyWorkflowDialogProps {
  opened: boolean;
  onClose: () => void;
  /** The selected clients. */
  clientIds: string[];
  /** When the dialog closes after applying (the selection can be cleared then, not before: the
   * list's bulk bar, which holds this dialog, goes with it). */
  onApplied?: () => void;
}

type Step = { step: "choose" } | { step: "confirm" } | { step: "done"; result: ApplyWorkflowResult };

/**
 * The client list's bulk action: choose a template (and the day its series starts), confirm with
 * the number of clients, then see what happened.
 */
export function ApplyWorkflowDialog({ opened, onClose, clientIds, onApplied }: ApplyWorkflowDialogProps) {
  const templates = useWorkflowTemplates(false);
  const apply = useApplyWorkflow();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [startsOn, setStartsOn] = useState("");
  const [state, setState] = useState<Step>({ step: "choose" });
  const [error, setError] = useState<string | null>(null);
  const options = (templates.data?.items ?? [])
    .filter((t) => !t.hidden)
    .map((t) => ({ value: t.id, label: t.name }));
  const name = options.find((o) => o.value === templateId)?.label ?? "";
  const count = clientIds.length;

  function close() {
    if (apply.isPending) return;
    if (state.step === "done") onApplied?.();
    setState({ step: "choose" });
    setTemplateId(null);
    setStartsOn("");
    setError(null);
    onClose();
  }

  function choose(event: FormEvent) {
    event.preventDefault();
    if (!templateId) return setError("Choose a template to apply.");
    setError(null);
    setState({ step: "confirm" });
  }

  function confirm() {
    if (!templateId) return;
    apply.mutate(
      { id: templateId, body: { clientIds, ...(startsOn ? { startsOn } : {}) } },
      {
        onSuccess: (result) => {
          setState({ step: "done", result });
        },
        onError: (failure) => setError(errorMessage(failure)),
      },
    );
  }

  return (
    <Modal opened={opened} onClose={close} title="Apply a workflow" size="md">
      {state.step === "choose" && (
        <form onSubmit={choose} noValidate aria-label="Choose a workflow template">
          <Stack gap="md">
            <Select
              label="Template"
              placeholder={templates.isPending ? "Loading…" : "Choose a template"}
              data={options}
              value={templateId}
              onChange={(v) => {
                setTemplateId(v);
                setError(null);
              }}
              searchable
              data-autofocus
              error={error}
              nothingFoundMessage="No template of that name"
            />
            <TextInput
              type="date"
              label="Starting"
              description="Empty: today"
              value={startsOn}
              onChange={(e) => setStartsOn(e.currentTarget.value)}
              w={200}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit">Next</Button>
            </Group>
          </Stack>
        </form>
      )}
      {state.step === "confirm" && (
        <Stack gap="md">
          <Text>
            Apply “{name}” to {clientsWord(count)}
            {startsOn ? `, starting ${startsOn}` : ""}?
          </Text>
          <Text size="sm" c="dimmed">
            Kontor creates their tasks due in the next 45 days now, and the later ones as they come near.
            Clients that have it already are left as they are.
          </Text>
          <FormError message={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setState({ step: "choose" })} disabled={apply.isPending}>
              Back
            </Button>
            <Button onClick={confirm} loading={apply.isPending} data-autofocus>
              Apply to {clientsWord(count)}
            </Button>
          </Group>
        </Stack>
      )}
      {state.step === "done" && (
        <Stack gap="md" role="status">
          <Text fw={600}>“{name}” is applied.</Text>
          <List size="sm" spacing={4}>
            <List.Item>Applied to {clientsWord(state.result.applied)}</List.Item>
            <List.Item>{clientsWord(state.result.alreadyApplied)} had it already</List.Item>
            <List.Item>
              {state.result.tasksCreated.toLocaleString("en-GB")}{" "}
              {state.result.tasksCreated === 1 ? "task" : "tasks"} created
            </List.Item>
          </List>
          <Group justify="flex-end">
            <Button onClick={close} data-autofocus>
              Done
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
