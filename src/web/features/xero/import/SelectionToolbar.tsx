import { Checkbox, CloseButton, Group, SegmentedControl, TextInput } from "@mantine/core";
import { SearchIcon } from "../../../components/icons.js";
import type { PreviewFilter } from "./review-order.js";

interface SelectionToolbarProps {
  counts: Record<PreviewFilter, number>;
  filter: PreviewFilter;
  onFilter: (filter: PreviewFilter) => void;
  search: string;
  onSearch: (search: string) => void;
  /** How many of the contacts shown are selected, of those that can be. */
  shown: { count: number; importable: number };
  onToggleShown: (select: boolean) => void;
  readOnly: boolean;
}

const LABELS: [PreviewFilter, string][] = [
  ["all", "All"],
  ["conflicts", "Conflicts"],
  ["changed", "Changed"],
  ["new", "New"],
  ["unchanged", "Unchanged"],
  ["ambiguous", "Ambiguous"],
];

/**
 * Above the preview: one selection control (every contact the filter and search show, or none
 * of them), the filters, and a search.
 */
export function SelectionToolbar(props: SelectionToolbarProps) {
  const { counts, filter, search, shown, readOnly } = props;
  const allShown = shown.importable > 0 && shown.count === shown.importable;
  // Ambiguous is offered only when there is one: a first import against hand-made clients.
  const filters = LABELS.filter(([value]) => value !== "ambiguous" || counts.ambiguous > 0);
  return (
    <Group gap="sm" align="center" justify="space-between">
      {!readOnly && (
        <Checkbox
          size="sm"
          label={`Select all ${shown.importable.toLocaleString("en-GB")} shown`}
          checked={allShown}
          indeterminate={shown.count > 0 && !allShown}
          disabled={shown.importable === 0}
          onChange={() => props.onToggleShown(!allShown)}
        />
      )}
      <Group gap="sm" style={{ flex: "1 1 auto" }} justify="flex-end">
        <SegmentedControl
          size="xs"
          aria-label="Show"
          value={filter}
          onChange={(value) => props.onFilter(value as PreviewFilter)}
          data={filters.map(([value, label]) => ({ value, label: `${label} ${counts[value]}` }))}
        />
        <TextInput
          size="xs"
          type="search"
          aria-label="Search contacts"
          placeholder="Search contacts"
          leftSection={<SearchIcon size={14} />}
          value={search}
          onChange={(event) => props.onSearch(event.currentTarget.value)}
          rightSection={
            search ? (
              <CloseButton size="xs" aria-label="Clear the search" onClick={() => props.onSearch("")} />
            ) : null
          }
          w={{ base: "100%", xs: 180 }}
        />
      </Group>
    </Group>
  );
}
