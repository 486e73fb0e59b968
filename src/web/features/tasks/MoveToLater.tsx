import { Button, Popover, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import type { Task } from "../../../shared/api/tasks.js";
import type { CalendarDate } from "../../../shared/calendar/calendar-date.js";
import { todayIn } from "../../../shared/calendar-dates.js";
import { errorMessage } from "../../lib/api.js";
import { notifySuccess } from "../../lib/notify.js";
import { useCompanyCalendar, useCompanyHolidays } from "../company/company-calendar-api.js";
import { nextWorkingDay } from "./task-labels.js";
import { useMoveTaskToLater } from "./tasks-api.js";

/**
 * Move to later: pick the day work on the task is picked up (next working day by default); the
 * deadline stays. A task due today or overdue can only be postponed.
 */
export function MoveToLater({ task, size = "sm" }: { task: Task; size?: "xs" | "sm" }) {
  const calendar = useCompanyCalendar();
  const today = calendar.data ? (todayIn(calendar.data.timeZone, new Date()) as CalendarDate) : null;
  const holidays = useCompanyHolidays(Number((today ?? "2000").slice(0, 4)));
  const move = useMoveTaskToLater(task.id);
  const [opened, setOpened] = useState(false);
  const [until, setUntil] = useState("");
  const [error, setError] = useState<string | null>(null);
  if (!today || task.status === "done") return null;

  function open() {
    const days = new Set((holidays.data?.holidays ?? []).map((h) => h.date));
    const next = nextWorkingDay(today!, calendar.data!.workingDays, days);
    setUntil(next > task.deadline ? task.deadline : next);
    setError(null);
    setOpened(true);
  }

  const canMove = task.deadline > today;
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Button
          variant="default"
          size={size}
          onClick={() => (opened ? setOpened(false) : open())}
          aria-label={size === "xs" ? `Move ${task.title} for ${task.client.name} to later` : undefined}
        >
          Move to later
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        {canMove ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              move.mutate(until, {
                onSuccess: (moved) => {
                  setOpened(false);
                  notifySuccess(`${moved.title} is moved to ${moved.startDate}.`);
                },
                onError: (failure) => setError(errorMessage(failure)),
              });
            }}
          >
            <Stack gap="xs" w={240}>
              <TextInput
                type="date"
                label="Pick it up on"
                description={`The deadline stays ${task.deadline}.`}
                value={until}
                min={today}
                max={task.deadline}
                onChange={(event) => setUntil(event.currentTarget.value)}
                error={error}
                data-autofocus
              />
              <Button type="submit" size="xs" loading={move.isPending} disabled={!until}>
                Move
              </Button>
            </Stack>
          </form>
        ) : (
          <Text size="sm" w={240}>
            This task is due {task.deadline < today ? "already" : "today"}: postpone it to move its deadline.
          </Text>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
