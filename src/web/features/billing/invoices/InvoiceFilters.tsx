import { CloseButton, Group, SegmentedControl, Select, Text, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { SearchIcon } from "../../../components/icons.js";
import type { InvoiceListParams, InvoiceStatusFilter } from "./invoice-list-params.js";
import { useClientChoices } from "./invoices-api.js";

interface InvoiceFiltersProps {
  params: InvoiceListParams;
  onChange: (change: Partial<InvoiceListParams>) => void;
}

/** The client filter: searches the clients as the user types; the chosen one stays listed. */
function ClientFilter({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const [search, setSearch] = useState("");
  const choices = useClientChoices(search);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const data = (choices.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }));
  if (value && chosen?.value === value && !data.some((d) => d.value === value)) data.unshift(chosen);
  return (
    <Select
      aria-label="Client"
      placeholder="Any client"
      searchable
      clearable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={choices.isFetching ? "Searching…" : "No client matches"}
      onChange={(id, option) => {
        setChosen(option ?? null);
        onChange(id);
      }}
      w={{ base: "100%", xs: 240 }}
    />
  );
}

/** Search (sent a moment after typing stops), status, client and the invoice dates from–to. */
export function InvoiceFilters({ params, onChange }: InvoiceFiltersProps) {
  const [search, setSearch] = useState(params.search);
  const sendSearch = useDebouncedCallback((value: string) => onChange({ search: value }), 300);

  // The address changed some other way (back button, "Clear filters"): show its search.
  useEffect(() => setSearch(params.search), [params.search]);

  return (
    <Group gap="sm" align="center" wrap="wrap">
      <TextInput
        aria-label="Search invoices"
        placeholder="Search number or client…"
        leftSection={<SearchIcon size={16} />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          sendSearch(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            sendSearch.cancel();
            onChange({ search });
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
                onChange({ search: "" });
              }}
            />
          ) : null
        }
        type="search"
        style={{ flex: "1 1 220px" }}
      />
      <SegmentedControl
        aria-label="Status"
        value={params.status}
        onChange={(status) => onChange({ status: status as InvoiceStatusFilter })}
        data={[
          { value: "all", label: "All" },
          { value: "in_progress", label: "In progress" },
          { value: "created", label: "Created" },
          { value: "overdue", label: "Overdue" },
        ]}
      />
      <ClientFilter value={params.clientId} onChange={(clientId) => onChange({ clientId })} />
      <Group gap={6} wrap="nowrap">
        <Text size="sm" c="dimmed">
          Dated
        </Text>
        <TextInput
          type="date"
          aria-label="Dated from"
          value={params.from ?? ""}
          onChange={(event) => onChange({ from: event.currentTarget.value || null })}
          w={150}
        />
        <Text size="sm" c="dimmed">
          to
        </Text>
        <TextInput
          type="date"
          aria-label="Dated to"
          value={params.to ?? ""}
          onChange={(event) => onChange({ to: event.currentTarget.value || null })}
          w={150}
        />
      </Group>
    </Group>
  );
}
