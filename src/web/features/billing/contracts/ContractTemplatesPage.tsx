import { Button, Group, Paper, Stack, Table, Tabs, Text } from "@mantine/core";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { ContractTemplate } from "../../../../shared/api/contracts.js";
import { ConfirmDialog } from "../../../components/ConfirmDialog.js";
import { EmptyState } from "../../../components/EmptyState.js";
import { PlusIcon, ReceiptIcon } from "../../../components/icons.js";
import { PageHeader } from "../../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../../components/QueryStates.js";
import { notifySuccess } from "../../../lib/notify.js";
import { usePageTitle } from "../../../lib/use-page-title.js";
import { useCurrentUser } from "../../auth/current-user.js";
import { BillingGate, useBillingEnabled } from "../BillingGate.js";
import { BillingTabList } from "../BillingTabList.js";
import { ApplyTemplateDialog } from "./ApplyTemplateDialog.js";
import { CONTRACTS_LEAD, clientsWord, linesSummary } from "./contract-form.js";
import { useContractTemplates, useDeleteContractTemplate } from "./contracts-api.js";
import { TemplateDialog } from "./TemplateDialog.js";

interface TemplateActions {
  onEdit: (template: ContractTemplate) => void;
  onApply: (template: ContractTemplate) => void;
  onDelete: (template: ContractTemplate) => void;
}

function TemplatesTable({
  templates,
  actions,
}: {
  templates: ContractTemplate[];
  actions?: TemplateActions;
}) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={760} type="native">
        <Table aria-label="Contract templates" verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th ta="right">Billing day</Table.Th>
              <Table.Th>Lines</Table.Th>
              <Table.Th ta="right">Clients</Table.Th>
              {actions && <Table.Th aria-label="Actions" />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {templates.map((t) => (
              <Table.Tr key={t.id}>
                <Table.Td fw={500}>{t.name}</Table.Td>
                <Table.Td ta="right">{t.billingDay}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {linesSummary(t.lines)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {clientsWord(t.clientCount)}
                </Table.Td>
                {actions && (
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button size="compact-sm" variant="light" onClick={() => actions.onApply(t)}>
                        Apply to clients
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => actions.onEdit(t)}
                        aria-label={`Edit ${t.name}`}
                      >
                        Edit
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => actions.onDelete(t)}
                        aria-label={`Delete ${t.name}`}
                      >
                        Delete
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function TemplatesSection({ canManage, onCreate }: { canManage: boolean; onCreate: () => void }) {
  const templates = useContractTemplates();
  const remove = useDeleteContractTemplate();
  const [editing, setEditing] = useState<ContractTemplate | null>(null);
  const [applying, setApplying] = useState<ContractTemplate | null>(null);
  const [deleting, setDeleting] = useState<ContractTemplate | null>(null);
  // Kept while the confirmation closes, so its words do not change under the user.
  const [shownDelete, setShownDelete] = useState<ContractTemplate | null>(null);

  if (templates.isPending) return <LoadingState label="Loading contract templates…" />;
  if (templates.isError) return <ErrorState error={templates.error} onRetry={() => templates.refetch()} />;
  if (templates.data.length === 0) {
    return (
      <EmptyState
        icon={<ReceiptIcon size={22} />}
        title="No contract templates yet"
        description={
          canManage
            ? 'A template is a contract many clients share, such as "Bookkeeping S": make one, apply it to clients, and a change to it reaches them all.'
            : "The Company Owner or an Admin makes contract templates and applies them to clients."
        }
        action={
          canManage && (
            <Button leftSection={<PlusIcon size={16} />} onClick={onCreate}>
              New template
            </Button>
          )
        }
      />
    );
  }
  return (
    <>
      <TemplatesTable
        templates={templates.data}
        actions={
          canManage
            ? {
                onEdit: setEditing,
                onApply: setApplying,
                onDelete: (t) => {
                  setShownDelete(t);
                  setDeleting(t);
                },
              }
            : undefined
        }
      />
      <TemplateDialog opened={editing !== null} onClose={() => setEditing(null)} template={editing} />
      <ApplyTemplateDialog template={applying} onClose={() => setApplying(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete ${shownDelete?.name ?? ""}?`}
        confirmLabel={`Delete ${shownDelete?.name ?? ""}`}
        danger
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.id);
          notifySuccess(`${deleting.name} is deleted.`);
        }}
      >
        <Text size="sm">
          {shownDelete && shownDelete.clientCount > 0
            ? `${clientsWord(shownDelete.clientCount)} ${shownDelete.clientCount === 1 ? "follows" : "follow"} it: they keep their contracts as they are now, no longer following a template.`
            : "No client follows it."}
        </Text>
      </ConfirmDialog>
    </>
  );
}

/** Billing → Contract templates: contracts many clients share, applied to them at once. */
export function ContractTemplatesPage() {
  usePageTitle("Contract templates");
  const navigate = useNavigate();
  const { canManage } = useCurrentUser();
  const usable = useBillingEnabled();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="Billing"
        description="Contract templates: the fixed fees many clients share. Applying one replaces the clients' contracts; a change to it reaches every client following it."
        actions={
          canManage && usable ? (
            <Button leftSection={<PlusIcon size={16} />} onClick={() => setCreating(true)}>
              New template
            </Button>
          ) : undefined
        }
      />
      <Tabs value="contract-templates" onChange={(next) => next && navigate(`/billing/${next}`)}>
        <BillingTabList />
      </Tabs>
      <Stack gap="md" pt="md">
        <BillingGate lead={CONTRACTS_LEAD}>
          <TemplatesSection canManage={canManage} onCreate={() => setCreating(true)} />
        </BillingGate>
      </Stack>
      <TemplateDialog opened={creating} onClose={() => setCreating(false)} template={null} />
    </>
  );
}
