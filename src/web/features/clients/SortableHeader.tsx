import { Group, Table, UnstyledButton } from "@mantine/core";
import { ChevronDownIcon, ChevronUpIcon, SortIcon } from "../../components/icons.js";

interface SortableHeaderProps {
  label: string;
  column: string;
  /** The list's sort: "name", or "-name" for descending. */
  sort: string;
  onSort: (column: string) => void;
}

/** A column header that sorts the list by its column; clicking again reverses the order. */
export function SortableHeader({ label, column, sort, onSort }: SortableHeaderProps) {
  const direction = sort === column ? "ascending" : sort === `-${column}` ? "descending" : "none";
  const Icon =
    direction === "ascending" ? ChevronUpIcon : direction === "descending" ? ChevronDownIcon : SortIcon;
  return (
    <Table.Th aria-sort={direction} style={{ whiteSpace: "nowrap" }}>
      <UnstyledButton
        onClick={() => onSort(column)}
        fw={600}
        fz="sm"
        title={`Sort by ${label.toLowerCase()}`}
      >
        <Group gap={4} wrap="nowrap">
          {label}
          <span style={{ opacity: direction === "none" ? 0.45 : 1, display: "inline-flex" }}>
            <Icon size={14} />
          </span>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
