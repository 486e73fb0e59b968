import { Select } from "@mantine/core";
import { useState } from "react";
import type { Client } from "../../../../shared/api/clients.js";
import { useClientChoices } from "./invoices-api.js";

export interface PickedClient {
  id: string;
  name: string;
  currency: string | null;
}

interface ClientPickerProps {
  value: string | null;
  onChange: (client: PickedClient | null) => void;
  /** The chosen client's name, shown before the search has found it. */
  initialName?: string | null;
  label?: string;
  placeholder?: string;
  error?: string | undefined;
  required?: boolean;
  w?: number | Record<string, number | string>;
  autoFocus?: boolean;
}

/** Searches the active clients as the user types (20 at a time); the chosen one stays listed. */
export function ClientPicker({ value, onChange, initialName, ...props }: ClientPickerProps) {
  const [search, setSearch] = useState("");
  const choices = useClientChoices(search);
  const [known, setKnown] = useState<Map<string, PickedClient>>(() =>
    value && initialName ? new Map([[value, { id: value, name: initialName, currency: null }]]) : new Map(),
  );
  const found: Client[] = choices.data?.items ?? [];
  const data = found.map((c) => ({ value: c.id, label: c.name }));
  const chosen = value ? known.get(value) : undefined;
  if (chosen && !data.some((d) => d.value === chosen.id))
    data.unshift({ value: chosen.id, label: chosen.name });

  return (
    <Select
      {...props}
      aria-label={props.label ? undefined : "Client"}
      searchable
      clearable
      data={data}
      value={value}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={choices.isFetching ? "Searching…" : "No active client matches"}
      onChange={(id) => {
        const client = found.find((c) => c.id === id);
        const picked = client ? { id: client.id, name: client.name, currency: client.currency } : null;
        if (picked) setKnown((current) => new Map(current).set(picked.id, picked));
        onChange(picked ?? (id && chosen?.id === id ? chosen : null));
      }}
    />
  );
}
