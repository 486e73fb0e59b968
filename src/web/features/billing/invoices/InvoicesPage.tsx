import { Anchor, Button, Group, Paper, Stack, Tabs } from "@mantine/core";
import { useEffect } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { EmptyState } from "../../../components/EmptyState.js";
import { DownloadIcon, PlusIcon, ReceiptIcon } from "../../../components/icons.js";
import { PageHeader } from "../../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../../components/QueryStates.js";
import { useCurrentUser } from "../../auth/current-user.js";
import { ClientPaging } from "../../clients/ClientPaging.js";
import { BillingGate, useBillingEnabled } from "../BillingGate.js";
import { BillingTabList } from "../BillingTabList.js";
import { InvoiceBulkBar } from "./InvoiceBulkBar.js";
import { InvoiceFilters } from "./InvoiceFilters.js";
import { InvoiceTable } from "./InvoiceTable.js";
import {
  DEFAULT_PARAMS,
  filterQuery,
  type InvoiceListParams,
  isFiltered,
  nextSort,
  rangeLabel,
  readParams,
  writeParams,
} from "./invoice-list-params.js";
import { csvHref, useInvoiceList } from "./invoices-api.js";
import { useInvoiceSelection } from "./use-invoice-selection.js";

function NoInvoices({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  return filtered ? (
    <EmptyState
      icon={<ReceiptIcon size={22} />}
      title="No invoice matches"
      description="Nothing matches this search and these filters. Widen the dates, choose another status or client, or clear the filters."
      action={
        <Button variant="default" onClick={onClear}>
          Clear filters
        </Button>
      }
    />
  ) : (
    <EmptyState
      icon={<ReceiptIcon size={22} />}
      title="No invoices yet"
      description="Make your first invoice with New invoice (or from a client's page): it stays In progress, editable, until it is issued."
      action={
        <Button component={Link} to="/billing/invoices/new" leftSection={<PlusIcon size={16} />}>
          New invoice
        </Button>
      }
    />
  );
}

/** The list itself: filters, sortable columns and pages kept in the address; bulk actions. */
function InvoiceList() {
  const [search, setSearch] = useSearchParams();
  const { canManage } = useCurrentUser();
  const params = readParams(search);
  const list = useInvoiceList(params);
  // Which invoices match, whatever their order: a new sort keeps what is ticked.
  const selection = useInvoiceSelection(filterQuery({ ...params, sort: DEFAULT_PARAMS.sort }).toString());
  const empty = list.data?.total === 0 && !isFiltered(params);

  // An address with a page past the end (the list got shorter): go to the last page instead.
  const lastPage = list.data ? Math.max(1, Math.ceil(list.data.total / params.limit)) : 1;
  const pastTheEnd = Boolean(list.data && !list.isPlaceholderData && params.page > lastPage);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the page turns out to be past the end
  useEffect(() => {
    if (pastTheEnd) setSearch(writeParams({ ...params, page: lastPage }), { replace: true });
  }, [pastTheEnd, lastPage]);

  function change(next: Partial<InvoiceListParams>, { keepPage = false } = {}) {
    const merged = { ...params, ...next, ...(keepPage ? {} : { page: 1 }) };
    // Typing a search replaces the address; choosing a filter, sort or page adds to the history.
    setSearch(writeParams(merged), { replace: "search" in next });
  }

  return (
    <Stack gap="md">
      {!empty && <InvoiceFilters params={params} onChange={change} />}
      {list.isPending ? (
        <LoadingState label="Loading invoices…" />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.total === 0 ? (
        <NoInvoices filtered={isFiltered(params)} onClear={() => setSearch(writeParams(DEFAULT_PARAMS))} />
      ) : (
        <Stack gap="sm">
          {selection.count > 0 ? (
            <InvoiceBulkBar
              selection={selection}
              page={list.data.items}
              total={list.data.total}
              params={params}
              canManage={canManage}
            />
          ) : (
            <Group justify="flex-end">
              <Anchor href={csvHref(params)} download size="sm">
                <Group gap={4} wrap="nowrap" component="span">
                  <DownloadIcon size={14} />
                  Export to CSV
                </Group>
              </Anchor>
            </Group>
          )}
          <div>
            <Paper withBorder radius="md">
              <InvoiceTable
                invoices={list.data.items}
                sort={params.sort}
                onSort={(column) => change({ sort: nextSort(params.sort, column) })}
                busy={list.isPlaceholderData}
                selection={selection}
              />
            </Paper>
            <ClientPaging
              page={params.page}
              pageSize={params.limit}
              total={list.data.total}
              onPage={(page) => {
                change({ page }, { keepPage: true });
                window.scrollTo({ top: 0 });
              }}
              onPageSize={(limit) => change({ limit })}
              noun="invoices"
              describe={rangeLabel}
            />
          </div>
        </Stack>
      )}
    </Stack>
  );
}

/** Billing → All invoices, or what stands in the way of Billing. */
export function InvoicesPage() {
  const navigate = useNavigate();
  const enabled = useBillingEnabled();
  const { canManage } = useCurrentUser();
  return (
    <>
      <PageHeader
        title="Billing"
        description="Your firm's invoices and credit notes. An invoice stays In progress, editable, until it is issued with the next number."
        actions={
          enabled && (
            <>
              {canManage && (
                <Button component={Link} to="/billing/create-invoices" variant="default">
                  Create invoices for period
                </Button>
              )}
              <Button component={Link} to="/billing/invoices/new" leftSection={<PlusIcon size={16} />}>
                New invoice
              </Button>
            </>
          )
        }
      />
      <Tabs value="invoices" onChange={(next) => next && navigate(`/billing/${next}`)}>
        <BillingTabList />
      </Tabs>
      <Stack gap="md" pt="md">
        <BillingGate>
          <InvoiceList />
        </BillingGate>
      </Stack>
    </>
  );
}
