import { Checkbox, Group, NativeSelect, Select, Stack, Text, TextInput } from "@mantine/core";
import { MONTH_NAMES, monthName, WEEKDAY_NAMES } from "../../../shared/calendar/describe-schedule.js";
import { type DueKind, type Every, errorAt, type TaskDraft } from "./task-draft.js";

interface FieldsProps {
  draft: TaskDraft;
  onChange: (next: TaskDraft) => void;
  errors: Record<string, string>;
  /** "tasks.0": where this task's errors are named. */
  path: string;
}

const EVERY_OPTIONS: { value: Every; label: string }[] = [
  { value: "week", label: "Every week" },
  { value: "month", label: "Every month" },
  { value: "quarter", label: "Every quarter" },
  { value: "year", label: "Every year" },
  { value: "once", label: "Once" },
];

/** The rules that fit a recurrence (the server refuses the others). */
function ruleOptions(every: Every): { value: DueKind; label: string }[] {
  const counted = { value: "business_days_after" as const, label: "Business days after…" };
  const last = { value: "last_business_day" as const, label: "Last business day" };
  if (every === "week") return [{ value: "day_of_week", label: "Day of the week" }, counted, last];
  if (every === "once") return [counted, last];
  return [{ value: "day_of_month", label: "Fixed day" }, counted, last];
}

/** "the month", "the quarter", "June": the period a rule reads. */
function periodWord(d: TaskDraft): string {
  if (d.every === "week") return "the week";
  if (d.every === "quarter") return d.month === "" ? "the quarter" : "the quarter's month";
  if (d.every === "year") return monthName(Number(d.month || "1"));
  if (d.every === "once") return "the task's date";
  return "the month";
}

/** How often a task comes back: the recurrence and, for a quarter or a year, its month (inputs for a row). */
export function RecurrenceFields({ draft, onChange, errors, path }: FieldsProps) {
  function setEvery(every: Every) {
    const rules = ruleOptions(every).map((o) => o.value);
    const rule = rules.includes(draft.rule) ? draft.rule : (rules[0] ?? "last_business_day");
    const month = every === "year" ? draft.month || "1" : "";
    onChange({ ...draft, every, rule, month });
  }
  return (
    <>
      <Select
        label="Repeats"
        data={EVERY_OPTIONS}
        value={draft.every}
        onChange={(v) => v && setEvery(v as Every)}
        allowDeselect={false}
        w={160}
        error={errorAt(errors, `${path}.recurrence.every`)}
      />
      {draft.every === "quarter" && (
        <Select
          label="Month of the quarter"
          data={[
            { value: "0", label: "The whole quarter" },
            { value: "1", label: "First month" },
            { value: "2", label: "Second month" },
            { value: "3", label: "Third month" },
          ]}
          value={draft.month || "0"}
          onChange={(v) => onChange({ ...draft, month: !v || v === "0" ? "" : v })}
          allowDeselect={false}
          w={180}
          error={errorAt(errors, `${path}.recurrence.month`)}
        />
      )}
      {draft.every === "year" && (
        <Select
          label="Month"
          data={MONTH_NAMES.map((name, i) => ({ value: String(i + 1), label: name }))}
          value={draft.month || "1"}
          onChange={(v) => onChange({ ...draft, month: v ?? "1" })}
          allowDeselect={false}
          w={160}
          error={errorAt(errors, `${path}.recurrence.month`)}
        />
      )}
      {draft.every === "once" && (
        <TextInput
          type="date"
          label="Date"
          description="Empty: the day it is applied"
          value={draft.onceDate}
          onChange={(e) => onChange({ ...draft, onceDate: e.currentTarget.value })}
          w={180}
          error={errorAt(errors, `${path}.recurrence.date`)}
        />
      )}
    </>
  );
}

const nonWorkingOptions = [
  { value: "before", label: "move to the working day before" },
  { value: "after", label: "move to the working day after" },
  { value: "keep", label: "keep the day" },
];

/** The due-date rule as a sentence with blanks to fill in. */
export function DueRuleFields({ draft, onChange, errors, path }: FieldsProps) {
  const period = periodWord(draft);
  const set = (changes: Partial<TaskDraft>) => onChange({ ...draft, ...changes });
  const nonWorking = (
    <>
      <Text size="sm">— if not a working day:</Text>
      <NativeSelect
        aria-label="If not a working day"
        data={nonWorkingOptions}
        value={draft.onNonWorkingDay}
        onChange={(e) => set({ onNonWorkingDay: e.currentTarget.value as TaskDraft["onNonWorkingDay"] })}
        size="xs"
      />
    </>
  );
  // The sentence's small inputs turn red; the message is shown under the whole sentence.
  const sentenceError = ["day", "count", "from", "holidays", "onNonWorkingDay"]
    .map((f) => errorAt(errors, `${path}.due.${f}`))
    .find(Boolean);
  return (
    <Stack gap={4}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label="Due"
          data={ruleOptions(draft.every)}
          value={draft.rule}
          onChange={(v) => v && set({ rule: v as DueKind })}
          allowDeselect={false}
          w={190}
          error={errorAt(errors, `${path}.due.rule`)}
        />
        <Group gap={6} align="center" wrap="wrap" mih={36} role="group" aria-label="Due-date rule">
          {draft.rule === "day_of_month" && (
            <>
              <Text size="sm">Day</Text>
              <TextInput
                aria-label="Day of the month"
                inputMode="numeric"
                size="xs"
                w={56}
                value={draft.day}
                onChange={(e) => set({ day: e.currentTarget.value })}
                error={Boolean(errorAt(errors, `${path}.due.day`))}
                aria-invalid={errorAt(errors, `${path}.due.day`) ? true : undefined}
              />
              <Text size="sm">of {period}</Text>
              {nonWorking}
            </>
          )}
          {draft.rule === "day_of_week" && (
            <>
              <NativeSelect
                aria-label="Day of the week"
                data={WEEKDAY_NAMES.map((name, i) => ({ value: String(i + 1), label: name }))}
                value={draft.weekday}
                onChange={(e) => set({ weekday: e.currentTarget.value })}
                size="xs"
              />
              {nonWorking}
            </>
          )}
          {draft.rule === "business_days_after" && (
            <>
              <TextInput
                aria-label="Business days"
                inputMode="numeric"
                size="xs"
                w={56}
                value={draft.count}
                onChange={(e) => set({ count: e.currentTarget.value })}
                error={Boolean(errorAt(errors, `${path}.due.count`))}
                aria-invalid={errorAt(errors, `${path}.due.count`) ? true : undefined}
              />
              <Text size="sm">business days after the</Text>
              {draft.every === "once" ? (
                <Text size="sm">task's date</Text>
              ) : (
                <>
                  <NativeSelect
                    aria-label="Counted from"
                    data={[
                      { value: "period_start", label: "start" },
                      { value: "period_end", label: "end" },
                    ]}
                    value={draft.from}
                    onChange={(e) => set({ from: e.currentTarget.value as TaskDraft["from"] })}
                    size="xs"
                  />
                  <Text size="sm">of {period},</Text>
                </>
              )}
              <Checkbox
                label="skipping public holidays"
                checked={draft.holidays}
                onChange={(e) => set({ holidays: e.currentTarget.checked })}
                size="xs"
              />
            </>
          )}
          {draft.rule === "last_business_day" && <Text size="sm">Last business day of {period}</Text>}
        </Group>
      </Group>
      {sentenceError && (
        <Text size="xs" c="red" role="alert">
          {sentenceError}
        </Text>
      )}
    </Stack>
  );
}
