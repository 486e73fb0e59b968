import { Stack, Text } from "@mantine/core";
import { useDeferredValue, useMemo, useState } from "react";
import type { ConfirmImportBody, ImportRun } from "../../../../shared/api/imports.js";
import { AlsoBrings } from "./AlsoBrings.js";
import { CandidateList } from "./CandidateList.js";
import {
  chosenResolutions,
  filterCandidates,
  selectionOf,
  splitCandidates,
  toggleAll,
} from "./candidate-selection.js";
import { FoldedList } from "./FoldedList.js";
import { PreviewCounts } from "./PreviewCounts.js";
import { PreviewFooter } from "./PreviewFooter.js";
import { countByFilter, kindOf, type PreviewFilter, reviewOrder } from "./review-order.js";
import { SelectionToolbar } from "./SelectionToolbar.js";
import { usePreviewChoices } from "./use-preview-choices.js";

interface ImportPreviewProps {
  run: ImportRun;
  /** Members see the preview without choosing. */
  readOnly: boolean;
  confirming: boolean;
  onConfirm: (choice: ConfirmImportBody) => void;
  onFetchAgain: () => void;
  fetchingAgain: boolean;
  onDiscard: () => void;
}

/**
 * The preview: conflicts and changes first, then ambiguous and new contacts, unchanged ones
 * folded away; choose which to import (and whose value each conflict takes) and Confirm.
 */
export function ImportPreview({
  run,
  readOnly,
  confirming,
  onConfirm,
  onFetchAgain,
  fetchingAgain,
  onDiscard,
}: ImportPreviewProps) {
  const { customers, suppliers } = useMemo(
    () => splitCandidates(reviewOrder(run.candidates)),
    [run.candidates],
  );
  const choices = usePreviewChoices(run.id, run.candidates);
  const [filter, setFilter] = useState<PreviewFilter>("all");
  const [search, setSearch] = useState("");
  const query = useDeferredValue(search);

  const counts = useMemo(() => countByFilter(customers), [customers]);
  const shownCustomers = useMemo(
    () => filterCandidates(customers, filter, query),
    [customers, filter, query],
  );
  const shownSuppliers = useMemo(
    () => filterCandidates(suppliers, filter, query),
    [suppliers, filter, query],
  );
  // Under "All", contacts with nothing to change are folded away below the rest.
  const [open, folded] = useMemo(() => {
    if (filter !== "all") return [shownCustomers, []];
    return [
      shownCustomers.filter((c) => kindOf(c) !== "unchanged"),
      shownCustomers.filter((c) => kindOf(c) === "unchanged"),
    ];
  }, [filter, shownCustomers]);
  const shown = selectionOf(choices.selected, shownCustomers, choices.resolutions);

  const listProps = {
    selected: choices.selected,
    onToggle: choices.toggle,
    resolutions: choices.resolutions,
    onResolve: choices.resolve,
    fieldChoices: choices.fields,
    onChoose: choices.choose,
    readOnly,
  };
  const listKey = `${filter}:${query}`;
  const filtered = query !== "" || filter !== "all";
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
            : "Choose which contacts to import, then Confirm: nothing changes in Kontor before that. New ones are added as clients; existing ones are updated with the changes shown. For a field edited in Kontor since the last import, take Xero's value or keep Kontor's. Ambiguous ones fit more than one client: choose which client each is."}
        </Text>
        {run.alsoBrings && <AlsoBrings counts={run.alsoBrings} />}
      </Stack>

      <SelectionToolbar
        counts={counts}
        filter={filter}
        onFilter={setFilter}
        search={search}
        onSearch={setSearch}
        shown={shown}
        onToggleShown={(select) =>
          choices.setSelected((current) => toggleAll(current, shownCustomers, select, choices.resolutions))
        }
        readOnly={readOnly}
      />

      {(open.length > 0 || folded.length === 0) && (
        <CandidateList
          key={listKey}
          label="Customers"
          candidates={open}
          {...listProps}
          empty={filtered ? "No customers match." : "Xero has no customers to import."}
        />
      )}

      {folded.length > 0 && (
        <FoldedList title={`Unchanged (${folded.length})`} note="nothing would change on these clients">
          <CandidateList key={listKey} label="Unchanged" candidates={folded} {...listProps} empty="" />
        </FoldedList>
      )}

      {suppliers.length > 0 && (
        <FoldedList title={`Suppliers only (${suppliers.length})`} note="not selected unless you tick them">
          <CandidateList
            key={listKey}
            label="Suppliers only"
            candidates={shownSuppliers}
            {...listProps}
            empty="No suppliers match."
          />
        </FoldedList>
      )}

      {!readOnly && (
        <PreviewFooter
          selected={choices.selected.size}
          total={run.candidates.length}
          confirming={confirming}
          fetchingAgain={fetchingAgain}
          onFetchAgain={onFetchAgain}
          onDiscard={onDiscard}
          onConfirm={() =>
            onConfirm({
              xeroContactIds: [...choices.selected],
              resolutions: chosenResolutions(choices.selected, choices.resolutions, choices.fields),
            })
          }
        />
      )}
    </Stack>
  );
}
