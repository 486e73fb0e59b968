import { Button, Checkbox, CloseButton, Group, SegmentedControl, TextInput } from "@mantine/core";
import { SearchIcon } from "../../../components/icons.js";
import type { MatchFilter } from "./candidate-selection.js";

interface SelectionToolbarProps {
  counts: Record<MatchFilter, number>;
  match: MatchFilter;
  onMatch: (match: MatchFilter) => void;
  search: string;
  onSearch: (search: string) => void;
  onSelectAll: () => void;
  onSelectNew: () => void;
  onSelectNone: () => void;
  /** The "all shown" box: how many of the contacts shown are selected, of those that can be. */
  shown: { count: number; importable: number };
  onToggleShown: (select: boolean) => void;
  readOnly: boolean;
}

/** Above the preview: all / only new / none, a filter by match, a search, and "all shown". */
export function SelectionToolbar(props: SelectionToolbarProps) {
  const { counts, match, search, shown, readOnly } = props;
  const allShown = shown.importable > 0 && shown.count === shown.importable;
  return (
    <Group gap="sm" align="center" justify="space-between">
      {!readOnly && (
        <Group gap="xs" role="group" aria-label="Select">
          <Button size="xs" variant="default" onClick={props.onSelectAll}>
            Select all
          </Button>
          <Button size="xs" variant="default" onClick={props.onSelectNew}>
            Only new
          </Button>
          <Button size="xs" variant="default" onClick={props.onSelectNone}>
            Select none
          </Button>
        </Group>
      )}
      <Group gap="sm" style={{ flex: "1 1 auto" }} justify="flex-end">
        <SegmentedControl
          size="xs"
          aria-label="Show"
          value={match}
          onChange={(value) => props.onMatch(value as MatchFilter)}
          data={[
            { value: "all", label: `All ${counts.all}` },
            { value: "new", label: `New ${counts.new}` },
            { value: "existing", label: `Existing ${counts.existing}` },
            { value: "ambiguous", label: `Ambiguous ${counts.ambiguous}` },
          ]}
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
      {!readOnly && shown.importable > 0 && (
        <Checkbox
          size="xs"
          label={`Select all ${shown.importable} shown`}
          checked={allShown}
          indeterminate={shown.count > 0 && !allShown}
          onChange={() => props.onToggleShown(!allShown)}
          w="100%"
        />
      )}
    </Group>
  );
}
