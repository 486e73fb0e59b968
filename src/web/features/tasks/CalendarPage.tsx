import {
  ActionIcon,
  Box,
  Button,
  Group,
  Paper,
  Popover,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { CalendarDays } from "../../../shared/api/calendar.js";
import { todayIn } from "../../../shared/calendar-dates.js";
import { ArrowLeftIcon, ArrowRightIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { api } from "../../lib/api.js";
import { usePageTitle } from "../../lib/use-page-title.js";
import { useCompanyCalendar } from "../company/company-calendar-api.js";
import { CalendarEntry } from "./CalendarEntry.js";
import { type CalendarCell, calendarWeeks, monthRange, shiftMonth } from "./calendar-grid.js";
import { TaskFilters } from "./TaskFilters.js";
import { TasksTabs } from "./TasksTabs.js";
import { readTaskParams, type TaskListParams } from "./task-list-params.js";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const monthName = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

function DayCell({ cell }: { cell: CalendarCell }) {
  const day = Number(cell.date.slice(8));
  return (
    <Paper
      withBorder
      radius={0}
      p={4}
      mih={112}
      bg={cell.isToday ? "kontor.0" : cell.inMonth ? undefined : "gray.0"}
      style={
        cell.isToday ? { outline: "2px solid var(--mantine-primary-color-filled)", zIndex: 1 } : undefined
      }
      aria-label={cell.date}
      role="gridcell"
      aria-current={cell.isToday ? "date" : undefined}
    >
      <Text size="xs" fw={cell.isToday ? 700 : 500} c={cell.inMonth ? undefined : "dimmed"} mb={2}>
        {day}
        {cell.isToday && " · today"}
      </Text>
      <Stack gap={2}>
        {cell.shown.map((item, i) => (
          <CalendarEntry key={item.id ?? `planned-${i}`} item={item} />
        ))}
        {cell.more > 0 && <MoreOnDay cell={cell} />}
      </Stack>
    </Paper>
  );
}

/** "+N more": the day's whole list in a popover. */
function MoreOnDay({ cell }: { cell: CalendarCell }) {
  const calendar = useCalendarQuery();
  const all = calendar.data?.days.find((d) => d.date === cell.date)?.items ?? [];
  return (
    <Popover position="bottom" withArrow shadow="md">
      <Popover.Target>
        <Button variant="subtle" size="compact-xs">
          +{cell.more} more
        </Button>
      </Popover.Target>
      <Popover.Dropdown maw={320}>
        <Stack gap={4}>
          <Text size="xs" fw={600}>
            {cell.date}
          </Text>
          {all.map((item, i) => (
            <CalendarEntry key={item.id ?? `planned-${i}`} item={item} />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function useCalendarParams() {
  const [search, setSearch] = useSearchParams();
  const params = readTaskParams(search);
  const asked = search.get("month") ?? "";
  return { search, setSearch, params, month: /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) ? asked : null };
}

function useCalendarQuery() {
  const { params, month } = useCalendarParams();
  const company = useCompanyCalendar();
  const shown = month ?? (company.data ? todayIn(company.data.timeZone, new Date()).slice(0, 7) : null);
  const query = new URLSearchParams();
  if (shown) {
    const { from, to } = monthRange(shown);
    query.set("from", from);
    query.set("to", to);
  }
  if (params.assignee) query.set("assignee", params.assignee);
  if (params.clientId) query.set("clientId", params.clientId);
  if (params.topicId) query.set("topicId", params.topicId);
  return useQuery({
    queryKey: ["tasks", "calendar", query.toString()],
    queryFn: () => api.get(`/calendar?${query}`, CalendarDays),
    enabled: shown !== null,
  });
}

/** The month calendar: tasks on their deadline days, week by week, with planned work lighter. */
export function CalendarPage() {
  usePageTitle("Calendar");
  const { search, setSearch, params, month } = useCalendarParams();
  const company = useCompanyCalendar();
  const calendar = useCalendarQuery();
  const today = company.data ? todayIn(company.data.timeZone, new Date()) : "";
  const shown = month ?? today.slice(0, 7);

  function go(next: { month?: string } & Partial<TaskListParams>) {
    const out = new URLSearchParams(search);
    for (const key of ["assignee", "clientId", "topicId"] as const) {
      if (key in next) {
        const value = next[key];
        if (value) out.set(key, value);
        else out.delete(key);
      }
    }
    if (next.month) out.set("month", next.month);
    setSearch(out);
  }

  return (
    <>
      <PageHeader
        title="Calendar"
        description="Tasks on their deadline days. Planned work from workflows shows lighter."
      />
      <TasksTabs current="/tasks/calendar" />
      <Stack gap="md">
        <TaskFilters params={params} onChange={go} calendar />
        {company.isPending || calendar.isPending ? (
          <LoadingState label="Loading the calendar…" />
        ) : company.isError ? (
          <ErrorState error={company.error} onRetry={() => company.refetch()} />
        ) : calendar.isError ? (
          <ErrorState error={calendar.error} onRetry={() => calendar.refetch()} />
        ) : (
          <>
            <Group justify="space-between">
              <Title order={2} fz="lg">
                {monthName.format(new Date(`${shown}-01T00:00:00Z`))}
              </Title>
              <Group gap="xs">
                <ActionIcon
                  variant="default"
                  aria-label="Previous month"
                  onClick={() => go({ month: shiftMonth(shown, -1) })}
                >
                  <ArrowLeftIcon size={16} />
                </ActionIcon>
                <Button variant="default" size="xs" onClick={() => go({ month: today.slice(0, 7) })}>
                  Today
                </Button>
                <ActionIcon
                  variant="default"
                  aria-label="Next month"
                  onClick={() => go({ month: shiftMonth(shown, 1) })}
                >
                  <ArrowRightIcon size={16} />
                </ActionIcon>
              </Group>
            </Group>
            <Box role="grid" aria-label={`Tasks in ${monthName.format(new Date(`${shown}-01T00:00:00Z`))}`}>
              <SimpleGrid cols={7} spacing={0} role="row">
                {WEEKDAYS.map((d) => (
                  <Text key={d} size="xs" fw={600} c="dimmed" ta="center" py={4} role="columnheader">
                    {d}
                  </Text>
                ))}
              </SimpleGrid>
              {calendarWeeks(shown, calendar.data.days, today).map((week) => (
                <SimpleGrid key={week[0]!.date} cols={7} spacing={0} role="row">
                  {week.map((cell) => (
                    <DayCell key={cell.date} cell={cell} />
                  ))}
                </SimpleGrid>
              ))}
            </Box>
          </>
        )}
      </Stack>
    </>
  );
}
