import { CloseButton, Group, SegmentedControl, Select, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useEffect, useState } from "react";
import type { Member } from "../../../shared/api/members.js";
import { SearchIcon } from "../../components/icons.js";
import type { ClientListParams, ClientStatusFilter, XeroFilter } from "./client-list-params.js";

interface ClientFiltersProps {
  params: ClientListParams;
  onChange: (change: Partial<ClientListParams>) => void;
  /** The company's members, to filter by the responsible person. */
  members: Member[];
  /** The signed-in member, who is "Me" rather than a name in the list. */
  myId: string;
}

const XERO_CHOICES = [
  { value: "any", label: "Any Xero link" },
  { value: "linked", label: "Linked to Xero" },
  { value: "unlinked", label: "Not linked to Xero" },
];

/** Search (sent a moment after typing stops), Active / Archived / All, the Xero link, the responsible person. */
export function ClientFilters({ params, onChange, members, myId }: ClientFiltersProps) {
  const [search, setSearch] = useState(params.q);
  const sendSearch = useDebouncedCallback((q: string) => onChange({ q }), 300);

  // The address changed some other way (back button, "Clear filters"): show its search.
  useEffect(() => setSearch(params.q), [params.q]);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        aria-label="Search clients"
        placeholder="Search name, codes, e-mail, people…"
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
      <Select
        aria-label="Responsible person"
        data={[
          { value: "any", label: "Anyone responsible" },
          { value: "me", label: "Responsible: me" },
          ...members
            .filter((m) => m.id !== myId)
            .map((m) => ({ value: m.id, label: `Responsible: ${m.name}` })),
          { value: "none", label: "Nobody responsible" },
        ]}
        value={params.responsible}
        onChange={(responsible) => onChange({ responsible: responsible ?? "any" })}
        allowDeselect={false}
        searchable={members.length > 8}
        w={{ base: "100%", xs: 220 }}
      />
    </Group>
  );
}
