import { Anchor, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import type { Contract } from "../../../../shared/api/contracts.js";
import { EmptyState } from "../../../components/EmptyState.js";
import { PlusIcon, ReceiptIcon } from "../../../components/icons.js";
import { ErrorState, LoadingState } from "../../../components/QueryStates.js";
import { useCurrentUser } from "../../auth/current-user.js";
import { BillingGate } from "../BillingGate.js";
import { ClientTemplateDialog } from "./ClientTemplateDialog.js";
import { ContractForm } from "./ContractForm.js";
import { ContractLinesTable } from "./ContractLinesTable.js";
import {
  CONTRACTS_LEAD,
  type ContractDraft,
  draftLines,
  emptyContractLine,
  monthOf,
} from "./contract-form.js";
import { useContract } from "./contracts-api.js";

interface ClientContractProps {
  client: { id: string; name: string };
}

function draftOf(contract: Contract, addLine: boolean): ContractDraft {
  const lines = draftLines(contract.lines);
  return {
    billingDay: String(contract.billingDay),
    lines: addLine || lines.length === 0 ? [...lines, emptyContractLine(monthOf(new Date()))] : lines,
  };
}

/** The contract's header: when it is billed and which template it follows. */
function ContractFacts({ contract }: { contract: Contract }) {
  return (
    <Stack gap={2}>
      <Text fw={600}>Billed on day {contract.billingDay} of the month</Text>
      <Text size="sm" c="dimmed">
        {contract.template ? (
          <>
            Follows{" "}
            <Anchor component={Link} to="/billing/contract-templates" inherit>
              {contract.template.name}
            </Anchor>
            : changes to the template reach this contract.
          </>
        ) : (
          "Its own contract, not following a template."
        )}
      </Text>
    </Stack>
  );
}

function ContractPanel({ client }: ClientContractProps) {
  const { canManage } = useCurrentUser();
  const contract = useContract(client.id, true);
  const [draft, setDraft] = useState<ContractDraft | null>(null);
  const [applying, setApplying] = useState(false);

  if (contract.isPending) return <LoadingState label="Loading the contract…" />;
  if (contract.isError) return <ErrorState error={contract.error} onRetry={() => contract.refetch()} />;
  const data = contract.data;
  const dialog = (
    <ClientTemplateDialog
      opened={applying}
      onClose={() => setApplying(false)}
      clientId={client.id}
      clientName={client.name}
      hasLines={data.lines.length > 0}
    />
  );

  if (draft) {
    return (
      <ContractForm
        clientId={client.id}
        clientName={client.name}
        contract={data}
        initial={draft}
        onDone={() => setDraft(null)}
      />
    );
  }

  if (data.lines.length === 0) {
    return (
      <>
        <EmptyState
          icon={<ReceiptIcon size={22} />}
          title="No contract yet"
          description={
            canManage
              ? "Add the fixed fees billed to this client every month, quarter or year: on the billing day Kontor makes an In progress invoice of them, for you to review and issue."
              : "The Company Owner or an Admin adds the fixed fees billed to this client every month, quarter or year."
          }
          action={
            canManage && (
              <Group gap="sm">
                <Button leftSection={<PlusIcon size={16} />} onClick={() => setDraft(draftOf(data, true))}>
                  Add line
                </Button>
                <Button variant="default" onClick={() => setApplying(true)}>
                  Apply template
                </Button>
              </Group>
            )
          }
        />
        {dialog}
      </>
    );
  }

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <ContractFacts contract={data} />
          {canManage && (
            <Group gap="sm">
              <Button variant="default" onClick={() => setApplying(true)}>
                Apply template
              </Button>
              <Button onClick={() => setDraft(draftOf(data, false))}>Edit contract</Button>
            </Group>
          )}
        </Group>
        <ContractLinesTable lines={data.lines} />
      </Stack>
      {dialog}
    </Paper>
  );
}

/** The client page's Contract tab: fixed fees billed automatically, when the company uses Billing. */
export function ClientContract({ client }: ClientContractProps) {
  return (
    <BillingGate lead={CONTRACTS_LEAD}>
      <ContractPanel client={client} />
    </BillingGate>
  );
}
