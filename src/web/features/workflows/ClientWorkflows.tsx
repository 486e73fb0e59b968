import { Anchor, Button, Group, Paper, Select, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import type { ClientDetail } from "../../../shared/api/clients.js";
import { EmptyState } from "../../components/EmptyState.js";
import { FormError } from "../../components/FormError.js";
import { RepeatIcon } from "../../components/icons.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { errorMessage } from "../../lib/api.js";
import { notifySuccess } from "../../lib/notify.js";
import { useCurrentUser } from "../auth/current-user.js";
import { appliedWords } from "./applied-words.js";
import { ClientWorkflowCard } from "./ClientWorkflowCard.js";
import { useApplyWorkflow, useClientWorkflows, useWorkflowTemplates } from "./workflows-api.js";

/** Apply a template to this client: a Select of the templates offered (not hidden). */
function ApplyTemplateForm({ clientId, appliedIds }: { clientId: string; appliedIds: Set<string> }) {
  const templates = useWorkflowTemplates(false);
  const apply = useApplyWorkflow();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [startsOn, setStartsOn] = useState("");
  const [error, setError] = useState<string | null>(null);
  const options = (templates.data?.items ?? [])
    .filter((t) => !t.hidden && !appliedIds.has(t.id))
    .map((t) => ({ value: t.id, label: t.name }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!templateId) return setError("Choose a template to apply.");
    setError(null);
    const name = options.find((o) => o.value === templateId)?.label ?? "The template";
    apply.mutate(
      { id: templateId, body: { clientIds: [clientId], ...(startsOn ? { startsOn } : {}) } },
      {
        onSuccess: (result) => {
          notifySuccess(appliedWords(name, result));
          setTemplateId(null);
          setStartsOn("");
        },
        onError: (failure) => setError(errorMessage(failure)),
      },
    );
  }

  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <form onSubmit={submit} noValidate aria-label="Apply a workflow template">
        <Stack gap="xs">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label="Apply a template"
              placeholder={
                templates.isPending
                  ? "Loading…"
                  : options.length
                    ? "Choose a template"
                    : "No other template to apply"
              }
              data={options}
              value={templateId}
              onChange={setTemplateId}
              searchable
              w={300}
              nothingFoundMessage="No template of that name"
            />
            <TextInput
              type="date"
              label="Starting"
              description="Empty: today"
              value={startsOn}
              onChange={(e) => setStartsOn(e.currentTarget.value)}
              w={170}
            />
            <Button type="submit" loading={apply.isPending}>
              Apply
            </Button>
          </Group>
          <FormError message={error} />
          <Text size="xs" c="dimmed">
            Kontor creates the tasks due in the next 45 days now and the later ones as they come near.{" "}
            <Anchor component={Link} to="/tasks/templates" size="xs">
              Workflow templates
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}

/** A client's page → Workflow: the recurring work applied to the client. */
export function ClientWorkflows({ client }: { client: ClientDetail }) {
  const workflows = useClientWorkflows(client.id);
  const { canManage } = useCurrentUser();
  if (workflows.isPending) return <LoadingState label="Loading the client's workflows…" />;
  if (workflows.isError) return <ErrorState error={workflows.error} onRetry={() => workflows.refetch()} />;
  const items = workflows.data.items;
  const appliedIds = new Set(items.flatMap((w) => (w.template ? [w.template.id] : [])));
  return (
    <Stack gap="lg">
      {canManage && !client.archived && <ApplyTemplateForm clientId={client.id} appliedIds={appliedIds} />}
      {items.length === 0 ? (
        <EmptyState
          icon={<RepeatIcon size={22} />}
          title="No workflow yet"
          description={
            canManage
              ? `Apply a template above and Kontor creates ${client.name}'s recurring tasks with their deadlines.`
              : "The Company Owner or an Admin applies workflow templates to clients; their tasks then come by themselves."
          }
        />
      ) : (
        items.map((w) => (
          <ClientWorkflowCard key={w.id} clientId={client.id} workflow={w} canManage={canManage} />
        ))
      )}
    </Stack>
  );
}
