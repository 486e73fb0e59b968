import { Alert, Anchor, Group, Select, Stack } from "@mantine/core";
import { Link, useSearchParams } from "react-router";
import { ArrowLeftIcon } from "../../../components/icons.js";
import { PageHeader } from "../../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../../components/QueryStates.js";
import { useCurrentUser } from "../../auth/current-user.js";
import { BillingGate } from "../BillingGate.js";
import { BillingRunStatus } from "./BillingRunStatus.js";
import { isPeriod, periodChoices } from "./billing-period.js";
import { useBillingRunPreview } from "./billing-runs-api.js";
import { PeriodPreview } from "./PeriodPreview.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** This month by the browser's clock: only to centre the month list, never to bill. */
function browserMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

/**
 * Billing → Create invoices for period: choose a month, see what it would make, create it, and
 * follow the run. The month and the run are kept in the address (`?period=2026-11&run=…`), so
 * the progress survives a reload.
 */
export function CreateInvoicesPage() {
  const { canManage } = useCurrentUser();
  return (
    <>
      <Anchor component={Link} to="/billing/invoices" size="sm" mb="xs" display="inline-block">
        <Group gap={4} wrap="nowrap" component="span">
          <ArrowLeftIcon size={14} />
          All invoices
        </Group>
      </Anchor>
      <PageHeader
        title="Create invoices for period"
        description="One In progress invoice per client for the contract lines due in the month, for you to review and issue. A month is billed once: clients billed for it already are left out."
      />
      <BillingGate>
        {canManage ? (
          <CreateInvoicesFlow />
        ) : (
          <Alert color="blue" variant="light" role="note" title="For the Company Owner or an Admin">
            The Company Owner or an Admin creates invoices for a period. The invoices they make appear in All
            invoices, In progress.
          </Alert>
        )}
      </BillingGate>
    </>
  );
}

function CreateInvoicesFlow() {
  const [search, setSearch] = useSearchParams();
  const asked = search.get("period");
  const runId = search.get("run");
  const running = runId && UUID.test(runId) ? runId : null;
  // No month in the address: the server's default, this month in the company's time zone. The
  // schedule bills a month on its clients' billing days within it, so by hand a firm bills this
  // month too (early, or clients it added since); an earlier month is one choice away.
  const preview = useBillingRunPreview(isPeriod(asked) ? asked : null, { enabled: !running });
  const period = isPeriod(asked) ? asked : (preview.data?.period ?? null);

  function show(next: { period?: string | null; run?: string | null }) {
    const query = new URLSearchParams();
    const month = next.period === undefined ? period : next.period;
    if (month) query.set("period", month);
    if (next.run) query.set("run", next.run);
    setSearch(query);
  }

  return (
    <Stack gap="lg">
      {running ? (
        <BillingRunStatus id={running} onAnother={() => show({ run: null })} />
      ) : (
        <>
          <Select
            label="Period"
            description="The month to bill"
            data={periodChoices(browserMonth(), period)}
            value={period}
            onChange={(value) => value && show({ period: value })}
            allowDeselect={false}
            searchable
            w={260}
            disabled={!period}
          />
          {preview.isPending ? (
            <LoadingState label="Working out what is due…" />
          ) : preview.isError ? (
            <ErrorState error={preview.error} onRetry={() => preview.refetch()} />
          ) : (
            <PeriodPreview
              preview={preview.data}
              onRun={(id) => show({ period: preview.data.period, run: id })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
