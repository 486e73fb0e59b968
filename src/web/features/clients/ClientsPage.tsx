import { Anchor, Button, Group, Paper, SegmentedControl, Stack } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useEffect } from "react";
import { useSearchParams } from "react-router";
import { DownloadIcon, PlusIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { useCurrentUser } from "../auth/current-user.js";
import { useMembers } from "../members/members-api.js";
import { ImportWaitingNotice } from "../xero/import/ImportWaitingNotice.js";
import { ClientBulkBar } from "./ClientBulkBar.js";
import { ClientCards } from "./ClientCards.js";
import { ClientFilters } from "./ClientFilters.js";
import { ClientPaging } from "./ClientPaging.js";
import { ClientsEmptyState } from "./ClientsEmptyState.js";
import { ClientTable } from "./ClientTable.js";
import { CreateClientDialog } from "./CreateClientDialog.js";
import {
  type ClientListParams,
  DEFAULT_PARAMS,
  filterQuery,
  isFiltered,
  nextSort,
  readParams,
  writeParams,
} from "./client-list-params.js";
import { csvHref, useClientList } from "./clients-api.js";
import { ImportFilterNotice } from "./ImportFilterNotice.js";
import { SortSelect } from "./SortSelect.js";
import { useClientSelection } from "./use-client-selection.js";
import { type Density, useDensity } from "./use-density.js";

/** The client register: search, filters, sortable columns and pages, all kept in the address. */
export function ClientsPage() {
  const [search, setSearch] = useSearchParams();
  const params = readParams(search);
  const list = useClientList(params);
  const [adding, add] = useDisclosure(false);
  const phone = useMediaQuery("(max-width: 48em)");
  const empty = list.data?.total === 0 && !isFiltered(params);
  const me = useCurrentUser();
  const members = useMembers().data?.members ?? [];
  const memberNames = new Map(members.map((m) => [m.id, m.name]));
  // Which clients match, whatever their order: a new sort keeps what is ticked.
  const selection = useClientSelection(filterQuery({ ...params, sort: DEFAULT_PARAMS.sort }).toString());
  const [density, setDensity] = useDensity();

  // An address with a page past the end (the list got shorter): go to the last page instead.
  const lastPage = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  const pastTheEnd = Boolean(list.data && !list.isPlaceholderData && params.page > lastPage);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the page turns out to be past the end
  useEffect(() => {
    if (pastTheEnd) setSearch(writeParams({ ...params, page: lastPage }), { replace: true });
  }, [pastTheEnd, lastPage]);

  function change(next: Partial<ClientListParams>, { keepPage = false } = {}) {
    // From the address as it is now: a search sent a moment after typing must not bring back a
    // filter changed meanwhile.
    const current = readParams(new URLSearchParams(window.location.search));
    const merged = { ...current, ...next, ...(keepPage ? {} : { page: 1 }) };
    // Typing a search replaces the address; choosing a filter, sort or page adds to the history.
    setSearch(writeParams(merged), { replace: "q" in next });
  }

  const addButton = (
    <Button leftSection={<PlusIcon size={16} />} onClick={add.open}>
      Add client
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Clients"
        description="The organisations your firm works for, with their people and their link to Xero."
        actions={addButton}
      />
      <Stack gap="md">
        {params.importId && (
          <ImportFilterNotice importId={params.importId} onClear={() => change({ importId: null })} />
        )}
        <ImportWaitingNotice />
        {!empty && <ClientFilters params={params} onChange={change} members={members} myId={me.user.id} />}
        {!empty && phone && <SortSelect sort={params.sort} onSort={(sort) => change({ sort })} />}
        {list.isPending ? (
          <LoadingState label="Loading clients…" />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : list.data.total === 0 ? (
          <ClientsEmptyState
            filtered={isFiltered(params)}
            importOnly={isFiltered({ ...params, importId: null }) === false && params.importId !== null}
            onAdd={add.open}
            onClearFilters={() => setSearch(writeParams(DEFAULT_PARAMS))}
          />
        ) : (
          <Stack gap="sm">
            {!phone && selection.count > 0 ? (
              <ClientBulkBar
                selection={selection}
                pageIds={list.data.items.map((c) => c.id)}
                total={list.data.total}
                params={params}
                members={members}
              />
            ) : (
              <Group justify="flex-end" gap="sm">
                <Anchor href={csvHref(params)} download size="sm">
                  <Group gap={4} wrap="nowrap" component="span">
                    <DownloadIcon size={14} />
                    Export CSV
                  </Group>
                </Anchor>
                {!phone && (
                  <SegmentedControl
                    size="xs"
                    aria-label="Row density"
                    value={density}
                    onChange={(value) => setDensity(value as Density)}
                    data={[
                      { value: "comfortable", label: "Comfortable" },
                      { value: "compact", label: "Compact" },
                    ]}
                  />
                )}
              </Group>
            )}
            <div>
              {phone ? (
                <ClientCards clients={list.data.items} busy={list.isPlaceholderData} />
              ) : (
                <Paper withBorder radius="md">
                  <ClientTable
                    clients={list.data.items}
                    sort={params.sort}
                    onSort={(column) => change({ sort: nextSort(params.sort, column) })}
                    busy={list.isPlaceholderData}
                    selection={selection}
                    density={density}
                    memberNames={memberNames}
                  />
                </Paper>
              )}
              <ClientPaging
                page={list.data.page}
                pageSize={list.data.pageSize}
                total={list.data.total}
                onPage={(page) => {
                  change({ page }, { keepPage: true });
                  window.scrollTo({ top: 0 });
                }}
                onPageSize={(pageSize) => change({ pageSize })}
              />
            </div>
          </Stack>
        )}
      </Stack>
      <CreateClientDialog opened={adding} onClose={add.close} />
    </>
  );
}
