import { Button, Group, Menu, Paper, Text } from "@mantine/core";
import { useState } from "react";
import type { Member } from "../../../shared/api/members.js";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { ChevronDownIcon } from "../../components/icons.js";
import { notifyFailure, notifySuccess } from "../../lib/notify.js";
import { useCurrentUser } from "../auth/current-user.js";
import { ApplyWorkflowDialog } from "../workflows/ApplyWorkflowDialog.js";
import type { ClientListParams } from "./client-list-params.js";
import { fetchMatchingIds, useBulkClients } from "./clients-api.js";
import type { ClientSelection } from "./use-client-selection.js";

const clientsWord = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "client" : "clients"}`;

interface ClientBulkBarProps {
  selection: ClientSelection;
  pageIds: string[];
  total: number;
  params: ClientListParams;
  members: Member[];
}

/** What can be done to the ticked clients: apply a workflow, archive them, or make a member responsible for them. */
export function ClientBulkBar({ selection, pageIds, total, params, members }: ClientBulkBarProps) {
  const bulk = useBulkClients();
  const { canManage } = useCurrentUser();
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [applyingWorkflow, setApplyingWorkflow] = useState(false);
  const [fetchingAll, setFetchingAll] = useState(false);
  const count = selection.count;
  const wholePage = pageIds.length > 0 && pageIds.every((id) => selection.has(id));
  const ids = [...selection.ids];

  async function selectAll() {
    setFetchingAll(true);
    try {
      const matching = await fetchMatchingIds(params);
      selection.selectAllMatching(matching.ids);
      if (matching.total > matching.ids.length) {
        notifySuccess(
          `The first ${clientsWord(matching.ids.length)} are selected: that is the most at once.`,
        );
      }
    } catch (error) {
      notifyFailure(error, "The clients could not be selected");
    } finally {
      setFetchingAll(false);
    }
  }

  function assign(member: Member | null) {
    bulk.mutate(
      { action: "assign", ids, responsibleUserId: member?.id ?? null },
      {
        onSuccess: (result) => {
          notifySuccess(
            member
              ? `${member.name} is responsible for ${clientsWord(result.clients)}.`
              : `Nobody is responsible for ${clientsWord(result.clients)} now.`,
          );
          selection.clear();
        },
        onError: (error) => notifyFailure(error, "The responsible person could not be changed"),
      },
    );
  }

  return (
    <Paper withBorder radius="md" px="md" py="xs" bg="kontor.0" role="region" aria-label="Selected clients">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={600} aria-live="polite">
            {selection.allMatching
              ? `All ${clientsWord(count)} that match are selected.`
              : `${clientsWord(count)} selected.`}
          </Text>
          {!selection.allMatching && wholePage && total > pageIds.length && (
            <Button variant="subtle" size="compact-sm" onClick={selectAll} loading={fetchingAll}>
              Select all {clientsWord(total)} that match
            </Button>
          )}
        </Group>
        <Group gap="xs">
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button
                size="xs"
                variant="default"
                rightSection={<ChevronDownIcon size={14} />}
                loading={bulk.isPending && bulk.variables?.action === "assign"}
              >
                Assign responsible person
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {members.map((member) => (
                <Menu.Item key={member.id} onClick={() => assign(member)}>
                  {member.name}
                </Menu.Item>
              ))}
              <Menu.Divider />
              <Menu.Item onClick={() => assign(null)}>Nobody</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          {canManage && params.status !== "archived" && (
            <Button size="xs" variant="default" onClick={() => setApplyingWorkflow(true)}>
              Apply workflow
            </Button>
          )}
          {params.status !== "archived" && (
            <Button size="xs" variant="default" onClick={() => setConfirmArchive(true)}>
              Archive
            </Button>
          )}
          <Button size="xs" variant="subtle" color="gray" onClick={selection.clear}>
            Clear selection
          </Button>
        </Group>
      </Group>
      <ApplyWorkflowDialog
        opened={applyingWorkflow}
        onClose={() => setApplyingWorkflow(false)}
        clientIds={ids}
        onApplied={selection.clear}
      />
      <ConfirmDialog
        opened={confirmArchive}
        onClose={() => setConfirmArchive(false)}
        title={`Archive ${clientsWord(count)}?`}
        confirmLabel={`Archive ${clientsWord(count)}`}
        onConfirm={async () => {
          const result = await bulk.mutateAsync({ action: "archive", ids });
          notifySuccess(`${clientsWord(result.clients)} archived.`);
          selection.clear();
        }}
      >
        <Text>
          Archived clients leave the list of active clients; their people, links and history stay. You can
          restore each of them from its card.
        </Text>
      </ConfirmDialog>
    </Paper>
  );
}
