import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { CompanyCalendar } from "../../../shared/api/company-calendar.js";
import { FormError } from "../../components/FormError.js";
import { ApiError, errorMessage } from "../../lib/api.js";
import { notifySuccess } from "../../lib/notify.js";
import {
  type CalendarFormValues,
  calendarBody,
  formValuesOf,
  timeZoneChoices,
  WEEKDAY_LABELS,
  withCountry,
} from "./calendar-form.js";
import { useHolidayCountries, useHolidayRegions, useSaveCompanyCalendar } from "./company-calendar-api.js";

type Errors = Partial<Record<"country" | "region" | "timeZone" | "workingDays", string>>;

/** Country, region, time zone and working days (Owner and Admins). */
export function CompanyCalendarForm({ calendar }: { calendar: CompanyCalendar }) {
  const [values, setValues] = useState<CalendarFormValues>(() => formValuesOf(calendar));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSaveCompanyCalendar();
  const countries = useHolidayCountries();
  const regions = useHolidayRegions(values.country || null);
  const regionChoices = regions.data?.items ?? [];
  const unchanged =
    JSON.stringify(calendarBody(values)) === JSON.stringify(calendarBody(formValuesOf(calendar)));

  function change(next: CalendarFormValues, field: keyof Errors) {
    setValues(next);
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (values.workingDays.length === 0) {
      setErrors({ workingDays: "Choose at least one working day." });
      return;
    }
    setFormError(null);
    try {
      await save.mutateAsync(calendarBody(values));
      notifySuccess("The company calendar is saved: dates and deadlines follow it from now on.");
    } catch (error) {
      const fields = error instanceof ApiError ? error.fieldErrors : {};
      const next: Errors = {};
      for (const [name, message] of Object.entries(fields)) {
        const field = name.split(".")[0] as keyof Errors;
        if (["country", "region", "timeZone", "workingDays"].includes(field)) next[field] ??= message;
      }
      setErrors(next);
      if (Object.keys(next).length === 0) setFormError(errorMessage(error));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} maw={720}>
          <Select
            label="Country"
            description="Its public holidays are days off in every business-day rule."
            searchable
            data={(countries.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }))}
            value={values.country || null}
            onChange={(country) => country && change(withCountry(values, country), "country")}
            error={errors.country}
            nothingFoundMessage="No country by that name"
            allowDeselect={false}
          />
          {regionChoices.length > 0 && (
            <Select
              label="Region"
              description="Only where a region has holidays of its own."
              searchable
              data={[
                { value: "", label: "The whole country" },
                ...regionChoices.map((r) => ({ value: r.code, label: r.name })),
              ]}
              value={values.region}
              onChange={(region) => change({ ...values, region: region ?? "" }, "region")}
              error={errors.region}
              allowDeselect={false}
            />
          )}
          <Select
            label="Time zone"
            description="Whose midnight starts a day: invoice dates, billing days, overdue."
            searchable
            data={timeZoneChoices(calendar.timeZone)}
            value={values.timeZone}
            onChange={(timeZone) => timeZone && change({ ...values, timeZone }, "timeZone")}
            error={errors.timeZone}
            nothingFoundMessage="No time zone by that name"
            allowDeselect={false}
            limit={50}
          />
        </SimpleGrid>
        <Checkbox.Group
          label="Working days"
          description="Business days are these, less public holidays."
          value={values.workingDays}
          onChange={(workingDays) => change({ ...values, workingDays }, "workingDays")}
          error={errors.workingDays}
        >
          <Group gap="md" mt={6}>
            {WEEKDAY_LABELS.map(({ day, short, long }) => (
              <Checkbox key={day} value={String(day)} label={short} aria-label={long} />
            ))}
          </Group>
        </Checkbox.Group>
        <FormError message={formError} />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={unchanged}>
            Save calendar
          </Button>
          {!unchanged && (
            <Text size="sm" c="dimmed">
              Not saved yet.
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
