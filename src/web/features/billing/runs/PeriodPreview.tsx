import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import type { BillingRunPreview } from "../../../../shared/api/contracts.js";
import { ConfirmDialog } from "../../../components/ConfirmDialog.js";
import { EmptyState } from "../../../components/EmptyState.js";
import { InfoIcon, ReceiptIcon } from "../../../components/icons.js";
import { formatAmount, invoicesWord } from "../invoices/invoice-format.js";
import { BillingProblems } from "./BillingProblems.js";
import { periodLabel } from "./billing-period.js";
import { useStartBillingRun } from "./billing-runs-api.js";
import { PreviewTable } from "./PreviewTable.js";

const clientsWord = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "client" : "clients"}`;

function Problems({ preview }: { preview: BillingRunPreview }) {
  return (
    <BillingProblems
      problems={preview.problems}
      title={`${clientsWord(preview.problems.length)} cannot be billed`}
      advice={"The others are billed without them; correct these and create invoices for the period again."}
    />
  );
}

function NothingDue({ preview }: { preview: BillingRunPreview }) {
  const month = periodLabel(preview.period);
  if (preview.alreadyBilled > 0)
    return (
      <EmptyState
        icon={<ReceiptIcon size={22} />}
        title={`Nothing new to bill for ${month}`}
        description={`${clientsWord(preview.alreadyBilled)} already billed for this period: a period is billed once. Their invoices are in All invoices.`}
        action={
          <Button component={Link} to="/billing/invoices" variant="default">
            Open All invoices
          </Button>
        }
      />
    );
  return (
    <EmptyState
      icon={<ReceiptIcon size={22} />}
      title={`No contract lines are due in ${month}`}
      description="Invoices are made from clients' contracts. Open a client's page → Contract tab and add its recurring fees (product, quantity, monthly, quarterly or yearly), or apply a contract template to many clients at once."
      action={
        <Button component={Link} to="/clients" variant="default">
          Go to clients
        </Button>
      }
    />
  );
}

interface PeriodPreviewProps {
  preview: BillingRunPreview;
  /** The run started (or already working) for the period: the page follows it. */
  onRun: (id: string) => void;
}

/** What creating invoices for the period would make, and the button that makes them. */
export function PeriodPreview({ preview, onRun }: PeriodPreviewProps) {
  const [confirming, setConfirming] = useState(false);
  const start = useStartBillingRun();
  const count = preview.invoices.length;
  const month = periodLabel(preview.period);
  const totals = preview.totals.map((t) => `${formatAmount(t.total)} ${t.currency}`).join(" + ");

  if (preview.workingRunId)
    return (
      <Alert
        color="blue"
        variant="light"
        icon={<InfoIcon />}
        title={`Invoices for ${month} are being created`}
      >
        <Stack gap="sm" align="flex-start">
          <Text size="sm">
            Someone started this period already; follow that run instead of starting another.
          </Text>
          <Button size="xs" onClick={() => onRun(preview.workingRunId!)}>
            Show its progress
          </Button>
        </Stack>
      </Alert>
    );

  return (
    <Stack gap="md">
      {count === 0 ? (
        <NothingDue preview={preview} />
      ) : (
        <>
          <Group justify="space-between" align="center">
            <Stack gap={2}>
              <Text fw={600}>
                {invoicesWord(count)} to create for {month}: {totals}
              </Text>
              {preview.alreadyBilled > 0 && (
                <Text size="sm" c="dimmed">
                  {clientsWord(preview.alreadyBilled)} already billed for this period, left out.
                </Text>
              )}
            </Stack>
            <Button onClick={() => setConfirming(true)}>Create {invoicesWord(count)}</Button>
          </Group>
          <PreviewTable preview={preview} />
        </>
      )}
      <Problems preview={preview} />
      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={`Create invoices for ${month}?`}
        confirmLabel={`Create ${invoicesWord(count)}`}
        onConfirm={async () => onRun((await start.mutateAsync(preview.period)).id)}
      >
        <Text size="sm">
          Kontor makes {invoicesWord(count)}, In progress, dated on each client's billing day. You review and
          issue them in All invoices; {month} is then billed, and running it again makes no second invoice.
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
