import { Loader, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { describeDue } from "../../../shared/calendar/describe-schedule.js";
import { errorMessage } from "../../lib/api.js";
import { scheduleOf, type TaskDraft } from "./task-draft.js";
import { useDueDates } from "./workflows-api.js";

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "Mon 20 Jan 2027" for a `YYYY-MM-DD` day. */
export const formatDay = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));

/**
 * The rule in words and its next three deadlines with the company's calendar, asked for once the
 * user stops typing, so what "20 business days after the end" means is plain to see.
 */
export function NextDeadlines({ draft }: { draft: TaskDraft }) {
  const schedule = scheduleOf(draft);
  const [debounced] = useDebouncedValue(schedule, 400);
  // Wait for the debounced value to catch up before asking, so every keystroke is not a request.
  const settled =
    debounced && schedule && JSON.stringify(debounced) === JSON.stringify(schedule) ? debounced : null;
  const preview = useDueDates(settled);
  return (
    <Stack gap={4} aria-label="Next deadlines" role="region" aria-live="polite">
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        Next deadlines
      </Text>
      {schedule && (
        <Text size="sm" fs="italic">
          {describeDue(schedule.recurrence, schedule.due)}
        </Text>
      )}
      {!schedule ? (
        <Text size="sm" c="dimmed">
          Complete the rule to see its dates.
        </Text>
      ) : !settled || preview.isPending ? (
        <Loader size="xs" aria-label="Working out the deadlines" />
      ) : preview.isError ? (
        <Text size="sm" c="red">
          {errorMessage(preview.error)}
        </Text>
      ) : preview.data.deadlines.length === 0 ? (
        <Text size="sm" c="dimmed">
          No deadline from today on.
        </Text>
      ) : (
        <Stack gap={0} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {preview.data.deadlines.slice(0, 3).map((d) => (
            <Text component="li" size="sm" key={`${d.period}-${d.deadline}`}>
              {formatDay(d.deadline)}{" "}
              <Text span size="xs" c="dimmed">
                ({d.period})
              </Text>
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
