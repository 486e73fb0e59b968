import { Button, Collapse, Group, Paper, Stack, Text, UnstyledButton } from "@mantine/core";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import type { ConfirmImportBody, ImportRun } from "../../../../shared/api/imports.js";
import { ChevronDownIcon, ChevronUpIcon } from "../../../components/icons.js";
import { AlsoBrings } from "./AlsoBrings.js";
import { CandidateList } from "./CandidateList.js";
import {
  chosenResolutions,
  countByMatch,
  defaultSelection,
  filterCandidates,
  type MatchFilter,
  onlyNew,
  type Resolutions,
  selectionOf,
  splitCandidates,
  toggleAll,
} from "./candidate-selection.js";
import { PreviewCounts } from "./PreviewCounts.js";
import { SelectionToolbar } from "./SelectionToolbar.js";

/** The choice made in each preview, kept while the page is open (switching tabs does not lose it). */
const chosen = new Map<string, Set<string>>();
const chosenMatches = new Map<string, Resolutions>();

interface ImportPreviewProps {
  run: ImportRun;
  /** Members see the preview without choosing. */
  readOnly: boolean;
  confirming: boolean;
  onConfirm: (choice: ConfirmImportBody) => void;
  onFetchAgain: () => void;
  fetchingAgain: boolean;
}

/** The preview: every contact marked new, existing or ambiguous; choose which to import and Confirm. */
export function ImportPreview({
  run,
  readOnly,
  confirming,
  onConfirm,
  onFetchAgain,
  fetchingAgain,
}: ImportPreviewProps) {
  const { customers, suppliers } = useMemo(() => splitCandidates(run.candidates), [run.candidates]);
  const [selected, setSelectedState] = useState(() => chosen.get(run.id) ?? defaultSelection(run.candidates));
  const setSelected = useCallback(
    (next: Set<string> | ((current: Set<string>) => Set<string>)) =>
      setSelectedState((current) => {
        const value = typeof next === "function" ? next(current) : next;
        chosen.set(run.id, value);
        return value;
      }),
    [run.id],
  );
  const [resolutions, setResolutions] = useState<Resolutions>(() => chosenMatches.get(run.id) ?? new Map());
  // Choosing which client an ambiguous contact is selects it; taking the choice back clears it.
  const resolve = useCallback(
    (id: string, clientId: string | null | undefined) => {
      setResolutions((current) => {
        const next = new Map(current);
        if (clientId === undefined) next.delete(id);
        else next.set(id, clientId);
        chosenMatches.set(run.id, next);
        return next;
      });
      setSelected((current) => {
        const next = new Set(current);
        if (clientId === undefined) next.delete(id);
        else next.add(id);
        return next;
      });
    },
    [run.id, setSelected],
  );
  const [match, setMatch] = useState<MatchFilter>("all");
  const [search, setSearch] = useState("");
  const [suppliersOpen, setSuppliersOpen] = useState(false);
  const query = useDeferredValue(search);

  const counts = useMemo(() => countByMatch(customers), [customers]);
  const shownCustomers = useMemo(() => filterCandidates(customers, match, query), [customers, match, query]);
  const shownSuppliers = useMemo(() => filterCandidates(suppliers, match, query), [suppliers, match, query]);
  const shown = selectionOf(selected, shownCustomers, resolutions);
  const total = selected.size;

  const toggle = useCallback(
    (id: string) => {
      setSelected((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
    },
    [setSelected],
  );

  const listKey = `${match}:${query}`;
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <PreviewCounts
          customers={customers}
          suppliers={suppliers}
          organisation={run.organisation?.name ?? "Xero"}
        />
        <Text size="sm" c="dimmed">
          {readOnly
            ? "An Owner or Admin chooses which contacts to import and confirms."
            : "Choose which contacts to import, then Confirm. Nothing changes in Kontor before you confirm. New ones are added as clients; existing ones are updated with the changes shown. Ambiguous ones fit more than one client: choose which client each is before it can be imported."}
        </Text>
        {run.alsoBrings && <AlsoBrings counts={run.alsoBrings} />}
      </Stack>

      <SelectionToolbar
        counts={counts}
        match={match}
        onMatch={setMatch}
        search={search}
        onSearch={setSearch}
        onSelectAll={() => setSelected(defaultSelection(run.candidates))}
        onSelectNew={() => setSelected(onlyNew(run.candidates))}
        onSelectNone={() => setSelected(new Set())}
        shown={shown}
        onToggleShown={(select) =>
          setSelected((current) => toggleAll(current, shownCustomers, select, resolutions))
        }
        readOnly={readOnly}
      />

      <CandidateList
        key={listKey}
        label="Customers"
        candidates={shownCustomers}
        selected={selected}
        onToggle={toggle}
        resolutions={resolutions}
        onResolve={resolve}
        readOnly={readOnly}
        empty={query || match !== "all" ? "No customers match." : "Xero has no customers to import."}
      />

      {suppliers.length > 0 && (
        <Stack gap="xs">
          <UnstyledButton
            onClick={() => setSuppliersOpen((open) => !open)}
            aria-expanded={suppliersOpen}
            aria-controls="import-suppliers"
          >
            <Group gap={6}>
              {suppliersOpen ? <ChevronUpIcon size={16} /> : <ChevronDownIcon size={16} />}
              <Text size="sm" fw={600}>
                Suppliers only ({suppliers.length})
              </Text>
              <Text size="xs" c="dimmed">
                not selected unless you tick them
              </Text>
            </Group>
          </UnstyledButton>
          <Collapse expanded={suppliersOpen} id="import-suppliers">
            {suppliersOpen && (
              <CandidateList
                key={listKey}
                label="Suppliers only"
                candidates={shownSuppliers}
                selected={selected}
                onToggle={toggle}
                resolutions={resolutions}
                onResolve={resolve}
                readOnly={readOnly}
                empty="No suppliers match."
              />
            )}
          </Collapse>
        </Stack>
      )}

      {!readOnly && (
        <Paper
          withBorder
          radius="md"
          p="sm"
          shadow="sm"
          style={{ position: "sticky", bottom: 0, zIndex: 2 }}
          bg="white"
        >
          <Group justify="space-between" gap="sm">
            <Text size="sm" fw={500} aria-live="polite">
              {total.toLocaleString("en-GB")} of {run.candidates.length.toLocaleString("en-GB")} contacts
              selected
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={onFetchAgain} loading={fetchingAgain} disabled={confirming}>
                Fetch again
              </Button>
              <Button
                onClick={() =>
                  onConfirm({
                    xeroContactIds: [...selected],
                    resolutions: chosenResolutions(selected, resolutions),
                  })
                }
                loading={confirming}
                disabled={total === 0}
              >
                Confirm
              </Button>
            </Group>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
