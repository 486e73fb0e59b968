import { Anchor, Badge, Button, Group, Paper, Switch, Table, Text } from "@mantine/core";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { WorkflowTemplate } from "../../../shared/api/workflows.js";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { EmptyState } from "../../components/EmptyState.js";
import { CheckIcon, PlusIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { notifyFailure, notifySuccess } from "../../lib/notify.js";
import { useCurrentUser } from "../auth/current-user.js";
import { UploadTemplateDialog } from "./UploadTemplateDialog.js";
import {
  useCloneWorkflowTemplate,
  useDeleteWorkflowTemplate,
  useUpdateWorkflowTemplate,
  useWorkflowTemplates,
} from "./workflows-api.js";

export const clientsWord = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "client" : "clients"}`;

/** "Bookkeeping, VAT return +2": what a template holds, at a glance. */
const tasksSummary = (t: WorkflowTemplate) => {
  const titles = t.tasks.map((task) => task.title);
  return titles.length > 3 ? `${titles.slice(0, 3).join(", ")} +${titles.length - 3}` : titles.join(", ");
};

function TemplateRow({
  template,
  canManage,
  onDelete,
}: {
  template: WorkflowTemplate;
  canManage: boolean;
  onDelete: () => void;
}) {
  const navigate = useNavigate();
  const clone = useCloneWorkflowTemplate();
  const update = useUpdateWorkflowTemplate();
  const t = template;
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} to={`/tasks/templates/${t.id}`} fw={600} size="sm" c="dark">
            {t.name}
          </Anchor>
          {t.builtIn && (
            <Badge variant="light" size="sm">
              Built-in
            </Badge>
          )}
          {t.hidden && (
            <Badge variant="light" color="gray" size="sm">
              Hidden
            </Badge>
          )}
        </Group>
        {t.description && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {t.description}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={2}>
          {tasksSummary(t)}
        </Text>
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
        {clientsWord(t.clientCount)}
      </Table.Td>
      {canManage && (
        <Table.Td>
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <Button
              size="compact-sm"
              variant="subtle"
              loading={clone.isPending}
              aria-label={`Clone ${t.name}`}
              onClick={() =>
                clone.mutate(t.id, {
                  onSuccess: (copy) => {
                    notifySuccess(`${copy.name} is added: change it as you like.`);
                    navigate(`/tasks/templates/${copy.id}`);
                  },
                  onError: (error) => notifyFailure(error, `${t.name} could not be cloned`),
                })
              }
            >
              Clone
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="gray"
              loading={update.isPending}
              aria-label={`${t.hidden ? "Show" : "Hide"} ${t.name}`}
              onClick={() =>
                update.mutate(
                  { id: t.id, body: { hidden: !t.hidden } },
                  {
                    onSuccess: () =>
                      notifySuccess(
                        t.hidden
                          ? `${t.name} is offered again.`
                          : `${t.name} is hidden: it is no longer offered when applying.`,
                      ),
                    onError: (error) => notifyFailure(error, `${t.name} could not be changed`),
                  },
                )
              }
            >
              {t.hidden ? "Show" : "Hide"}
            </Button>
            {!t.builtIn && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                aria-label={`Delete ${t.name}`}
                onClick={onDelete}
              >
                Delete
              </Button>
            )}
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function TemplateList({ includeHidden, canManage }: { includeHidden: boolean; canManage: boolean }) {
  const templates = useWorkflowTemplates(includeHidden);
  const remove = useDeleteWorkflowTemplate();
  const [deleting, setDeleting] = useState<WorkflowTemplate | null>(null);
  // Kept while the confirmation closes, so its words do not change under the user.
  const [shown, setShown] = useState<WorkflowTemplate | null>(null);
  if (templates.isPending) return <LoadingState label="Loading workflow templates…" />;
  if (templates.isError) return <ErrorState error={templates.error} onRetry={() => templates.refetch()} />;
  const items = templates.data.items;
  if (items.length === 0) {
    return (
      <EmptyState
        icon={<CheckIcon size={22} />}
        title="No workflow templates to show"
        description={
          canManage
            ? "Make a template of the work you do for clients every month, quarter or year, or upload one from a spreadsheet. Hidden ones show with “Show hidden”."
            : "The Company Owner or an Admin makes workflow templates."
        }
      />
    );
  }
  return (
    <>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={720} type="native">
          <Table aria-label="Workflow templates" verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Tasks</Table.Th>
                <Table.Th ta="right" style={{ whiteSpace: "nowrap" }}>
                  Used by
                </Table.Th>
                {canManage && <Table.Th aria-label="Actions" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((t) => (
                <TemplateRow
                  key={t.id}
                  template={t}
                  canManage={canManage}
                  onDelete={() => {
                    setShown(t);
                    setDeleting(t);
                  }}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete ${shown?.name ?? ""}?`}
        confirmLabel={`Delete ${shown?.name ?? ""}`}
        danger
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.id);
          notifySuccess(`${deleting.name} is deleted.`);
        }}
      >
        <Text size="sm">
          {shown && shown.clientCount > 0
            ? `${clientsWord(shown.clientCount)} ${shown.clientCount === 1 ? "uses" : "use"} it: their workflows stay as they are now, without a template to follow. Tasks already created stay.`
            : "No client uses it."}
        </Text>
      </ConfirmDialog>
    </>
  );
}

/** Tasks → Workflow templates: the recurring work applied to clients. */
export function WorkflowTemplatesPage() {
  const { canManage } = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const includeHidden = search.get("hidden") === "1";
  const [uploading, setUploading] = useState(false);
  return (
    <>
      <PageHeader
        title="Workflow templates"
        description="The work you do for clients every week, month, quarter or year. Apply a template to clients (here in a client's Workflow tab, or to many from the client list) and Kontor creates their tasks with the deadlines."
        actions={
          canManage && (
            <>
              <Button variant="default" onClick={() => setUploading(true)}>
                Upload from file
              </Button>
              <Button component={Link} to="/tasks/templates/new" leftSection={<PlusIcon size={16} />}>
                New template
              </Button>
            </>
          )
        }
      />
      <Group justify="flex-end" mb="sm">
        <Switch
          label="Show hidden"
          checked={includeHidden}
          onChange={(e) => setSearch(e.currentTarget.checked ? { hidden: "1" } : {}, { replace: true })}
        />
      </Group>
      <TemplateList includeHidden={includeHidden} canManage={canManage} />
      <UploadTemplateDialog opened={uploading} onClose={() => setUploading(false)} />
    </>
  );
}
