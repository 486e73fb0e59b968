import { CloseButton, Group, SegmentedControl, Select, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { SearchIcon } from "../../components/icons.js";
import type { ClientListParams, ClientStatusFilter, XeroFilter } from "./client-list-params.js";

interface ClientFiltersProps {
  params: ClientListParams;
  onChange: (change: Partial<ClientListParams>) => void;
}

const XERO_CHOICES = [
  { value: "any", label: "Any Xero link" },
  { value: "linked", label: "Linked to Xero" },
  { value: "unlinked", label: "Not linked to Xero" },
];

/** Search (sent a moment after typing stops), Active / Archived / All, and the Xero link. */
export function ClientFilters({ params, onChange }: ClientFiltersProps) {
  const [search, setSearch] = useState(params.q);
  const sendSearch = useDebouncedCallback((q: string) => onChange({ q }), 300);

  // The address changed some other way (back button, "Clear filters"): show its search.
  useEffect(() => setSearch(params.q), [params.q]);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        aria-label="Search clients"
        placeholder="Search name, registry code, VAT number, e-mail…"
        leftSection={<SearchIcon size={16} />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          sendSearch(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            sendSearch.cancel();
            onChange({ q: search });
          }
        }}
        rightSection={
          search ? (
            <CloseButton
              size="sm"
              aria-label="Clear the search"
              onClick={() => {
                setSearch("");
                sendSearch.cancel();
                onChange({ q: "" });
              }}
            />
          ) : null
        }
        type="search"
        style={{ flex: "1 1 280px" }}
      />
      <SegmentedControl
        aria-label="Show clients"
        value={params.status}
        onChange={(status) => onChange({ status: status as ClientStatusFilter })}
        data={[
          { value: "active", label: "Active" },
          { value: "archived", label: "Archived" },
          { value: "all", label: "All" },
        ]}
      />
      <Select
        aria-label="Xero link"
        data={XERO_CHOICES}
        value={params.xero}
        onChange={(xero) => onChange({ xero: (xero ?? "any") as XeroFilter })}
        allowDeselect={false}
        w={{ base: "100%", xs: 200 }}
      />
    </Group>
  );
}
