import { Select } from "@mantine/core";
import type { ClientSort } from "./client-list-params.js";

const CHOICES: { value: ClientSort; label: string }[] = [
  { value: "name", label: "Name, A–Z" },
  { value: "-name", label: "Name, Z–A" },
  { value: "registryCode", label: "Registry code" },
  { value: "-updatedAt", label: "Recently updated" },
  { value: "-createdAt", label: "Recently added" },
  { value: "createdAt", label: "Oldest first" },
];

/** Sorting where there are no column headers to click (the phone's card list). */
export function SortSelect({ sort, onSort }: { sort: ClientSort; onSort: (sort: ClientSort) => void }) {
  const data = CHOICES.some((c) => c.value === sort) ? CHOICES : [...CHOICES, { value: sort, label: sort }];
  return (
    <Select
      aria-label="Sort clients"
      data={data}
      value={sort}
      allowDeselect={false}
      onChange={(value) => {
        const choice = data.find((c) => c.value === value);
        if (choice) onSort(choice.value);
      }}
      w="100%"
    />
  );
}
