import { Button, Group, Select, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { ClientDetail } from "../../../shared/api/clients.js";
import { api } from "../../lib/api.js";
import { queryKeys } from "../../lib/query-keys.js";
import { ClientPicker } from "../billing/invoices/ClientPicker.js";
import { useMembers } from "../members/members-api.js";
import { useTopics } from "../topics/topics-api.js";
import { DEFAULT_TASK_PARAMS, type StatusFilter, type TaskListParams } from "./task-list-params.js";

const STATUS_OPTIONS: { value: StatusFilter; label: string }[] = [
  { value: "open", label: "Open" },
  { value: "overdue", label: "Overdue" },
  { value: "not_started", label: "Not started" },
  { value: "in_progress", label: "In progress" },
  { value: "done", label: "Done" },
  { value: "any", label: "Any status" },
];

/** The client filter: picks a client, and names one that came with the address. */
function ClientFilter({
  clientId,
  onChange,
}: {
  clientId: string | null;
  onChange: (id: string | null) => void;
}) {
  const client = useQuery({
    queryKey: queryKeys.client(clientId ?? ""),
    queryFn: () => api.get(`/clients/${clientId}`, ClientDetail),
    enabled: clientId !== null,
  });
  const name = clientId ? client.data?.name : undefined;
  return (
    <ClientPicker
      key={`${clientId}-${name ?? ""}`}
      value={clientId}
      initialName={name ?? null}
      onChange={(picked) => onChange(picked?.id ?? null)}
      label="Client"
      placeholder="Any client"
      w={{ base: "100%", sm: 190 }}
    />
  );
}

interface TaskFiltersProps {
  params: TaskListParams;
  onChange: (next: Partial<TaskListParams>) => void;
  /** The calendar's filters only: no status or deadline range. */
  calendar?: boolean;
}

/** All tasks' filters: client, assignee, topic, status, deadline from–to. */
export function TaskFilters({ params, onChange, calendar }: TaskFiltersProps) {
  const members = useMembers();
  const topics = useTopics();
  const assignees = [
    { value: "me", label: "Me" },
    ...(members.data?.members ?? []).map((m) => ({ value: m.id, label: m.name })),
  ];
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filter tasks">
      <ClientFilter clientId={params.clientId} onChange={(clientId) => onChange({ clientId })} />
      <Select
        label="Assignee"
        placeholder="Anyone"
        clearable
        searchable
        data={assignees}
        value={params.assignee || null}
        onChange={(value) => onChange({ assignee: value ?? "" })}
        w={150}
      />
      <Select
        label="Topic"
        placeholder="Any topic"
        clearable
        data={(topics.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))}
        value={params.topicId}
        onChange={(topicId) => onChange({ topicId })}
        w={150}
      />
      {!calendar && (
        <>
          <Select
            label="Status"
            allowDeselect={false}
            data={STATUS_OPTIONS}
            value={params.status}
            onChange={(value) => value && onChange({ status: value as StatusFilter })}
            w={130}
          />
          <TextInput
            label="Deadline from"
            type="date"
            value={params.from}
            onChange={(e) => onChange({ from: e.currentTarget.value })}
            w={145}
          />
          <TextInput
            label="Deadline to"
            type="date"
            value={params.to}
            onChange={(e) => onChange({ to: e.currentTarget.value })}
            w={145}
          />
        </>
      )}
      <Button variant="subtle" onClick={() => onChange({ ...DEFAULT_TASK_PARAMS })}>
        Clear filters
      </Button>
    </Group>
  );
}
