import { CloseButton, Group, SegmentedControl, Text, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { SearchIcon } from "../../../components/icons.js";
import { ClientPicker } from "./ClientPicker.js";
import type { InvoiceListParams, InvoiceStatusFilter } from "./invoice-list-params.js";

interface InvoiceFiltersProps {
  params: InvoiceListParams;
  onChange: (change: Partial<InvoiceListParams>) => void;
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
      <ClientPicker
        value={params.clientId}
        onChange={(client) => onChange({ clientId: client?.id ?? null })}
        placeholder="Any client"
        w={{ base: "100%", xs: 240 }}
      />
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
