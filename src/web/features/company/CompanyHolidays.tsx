import { Group, SegmentedControl, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { useCompanyHolidays } from "./company-calendar-api.js";

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});

/** The public holidays the calendar gives, this year or next, to check the choice of country. */
export function CompanyHolidays({ thisYear }: { thisYear: number }) {
  const [year, setYear] = useState(thisYear);
  const holidays = useCompanyHolidays(year);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600}>Public holidays</Text>
        <SegmentedControl
          size="xs"
          aria-label="Year"
          value={String(year)}
          onChange={(value) => setYear(Number(value))}
          data={[String(thisYear), String(thisYear + 1)]}
        />
      </Group>
      {holidays.isPending ? (
        <LoadingState label="Loading holidays…" />
      ) : holidays.isError ? (
        <ErrorState error={holidays.error} onRetry={() => holidays.refetch()} />
      ) : holidays.data.holidays.length === 0 ? (
        <Text size="sm" c="dimmed">
          No public holidays in {year} for this country.
        </Text>
      ) : (
        <Table aria-label={`Public holidays in ${year}`} verticalSpacing={4} maw={520}>
          <Table.Tbody>
            {holidays.data.holidays.map((holiday) => (
              <Table.Tr key={holiday.date}>
                <Table.Td w={130}>{dayFormat.format(new Date(`${holiday.date}T00:00:00Z`))}</Table.Td>
                <Table.Td>{holiday.name}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
