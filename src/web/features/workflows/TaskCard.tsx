import {
  ActionIcon,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from "@mantine/core";
import type { Member } from "../../../shared/api/members.js";
import type { Topic } from "../../../shared/api/topics.js";
import { ChevronDownIcon, ChevronUpIcon, CloseIcon } from "../../components/icons.js";
import { DueRuleFields, RecurrenceFields } from "./DueRuleFields.js";
import { NextDeadlines } from "./NextDeadlines.js";
import { errorAt, type TaskDraft } from "./task-draft.js";

export interface TaskCardProps {
  draft: TaskDraft;
  index: number;
  count: number;
  onChange: (next: TaskDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  topics: Topic[];
  members: Member[];
  errors: Record<string, string>;
  readOnly: boolean;
}

/** One task of a template (or of a client's copy): what it is, who does it, when it is due. */
export function TaskCard({
  draft,
  index,
  count,
  onChange,
  onMove,
  onRemove,
  topics,
  members,
  errors,
  readOnly,
}: TaskCardProps) {
  const path = `tasks.${index}`;
  const err = (field: string) => errorAt(errors, `${path}.${field}`);
  const set = (changes: Partial<TaskDraft>) => onChange({ ...draft, ...changes });
  const label = draft.title.trim() || `Task ${index + 1}`;
  const topicOptions = topics
    .filter((t) => !t.archived || t.id === draft.topicId)
    .map((t) => ({ value: t.id, label: t.name }));
  const assigneeOptions = [
    { value: "responsible", label: "Client's responsible person" },
    { value: "", label: "Unassigned" },
    ...members.map((m) => ({ value: m.id, label: m.name })),
  ];
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="fieldset"
      aria-label={`Task ${index + 1}`}
      disabled={readOnly}
      m={0}
    >
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 9 }}>
          <Stack gap="sm">
            <Group gap="sm" align="flex-start" wrap="nowrap">
              <TextInput
                label="Title"
                required
                value={draft.title}
                onChange={(e) => set({ title: e.currentTarget.value })}
                error={err("title")}
                aria-invalid={err("title") ? true : undefined}
                style={{ flex: 1 }}
              />
              <TextInput
                label="Estimate (h)"
                inputMode="decimal"
                placeholder="1.5"
                value={draft.estimateHours}
                onChange={(e) => set({ estimateHours: e.currentTarget.value })}
                error={err("estimateMinutes")}
                aria-invalid={err("estimateMinutes") ? true : undefined}
                w={110}
              />
            </Group>
            <Group gap="sm" align="flex-start" wrap="wrap">
              <Select
                label="Topic"
                placeholder="No topic"
                data={topicOptions}
                value={draft.topicId}
                onChange={(v) => set({ topicId: v })}
                clearable={!readOnly}
                searchable
                w={170}
                error={err("topicId")}
              />
              <Select
                label="Assignee"
                data={assigneeOptions.map((o) => ({ ...o, value: o.value || "none" }))}
                value={draft.assignee || "none"}
                onChange={(v) => set({ assignee: !v || v === "none" ? "" : v })}
                allowDeselect={false}
                searchable
                w={250}
                error={err("assignee")}
              />
              <RecurrenceFields draft={draft} onChange={onChange} errors={errors} path={path} />
            </Group>
            <DueRuleFields draft={draft} onChange={onChange} errors={errors} path={path} />
            <Group gap="sm" align="flex-start" grow>
              <Textarea
                label="Checklist"
                description="One item a line"
                autosize
                minRows={2}
                maxRows={8}
                value={draft.checklist}
                onChange={(e) => set({ checklist: e.currentTarget.value })}
                error={err("checklist")}
              />
              <Textarea
                label="Description"
                autosize
                minRows={2}
                maxRows={8}
                value={draft.description}
                onChange={(e) => set({ description: e.currentTarget.value })}
                error={err("description")}
              />
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <Stack gap="md" justify="space-between" h="100%">
            <NextDeadlines draft={draft} />
            {!readOnly && (
              <Group gap={4} justify="flex-end">
                <Tooltip label="Move up">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Move ${label} up`}
                    disabled={index === 0}
                    onClick={() => onMove(-1)}
                  >
                    <ChevronUpIcon size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label="Move down">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Move ${label} down`}
                    disabled={index === count - 1}
                    onClick={() => onMove(1)}
                  >
                    <ChevronDownIcon size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label="Remove this task">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove ${label}`}
                    disabled={count === 1}
                    onClick={onRemove}
                  >
                    <CloseIcon size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      {readOnly && (
        <Text size="xs" c="dimmed" mt="xs">
          Read only
        </Text>
      )}
    </Paper>
  );
}
