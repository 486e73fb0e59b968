import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useId } from "react";
import { APP_LABELS, APP_PLANS, APPS } from "../../../shared/apps.js";
import { PLAN_LABELS } from "../../../shared/plans.js";
import { PageHeader } from "../../components/PageHeader.js";
import { PlanBadge } from "../../components/PlanBadge.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { formatDate } from "../../lib/dates.js";
import { useCurrentUser } from "../auth/current-user.js";
import { PlanChangeNote } from "../support/PlanChangeNote.js";
import { TopicsSection } from "../topics/TopicsSection.js";
import { CompanyCalendarForm } from "./CompanyCalendarForm.js";
import { CompanyHolidays } from "./CompanyHolidays.js";
import { CompanyNameForm } from "./CompanyNameForm.js";
import { describeWorkingDays } from "./calendar-form.js";
import { useCompany } from "./company-api.js";
import { useCompanyCalendar } from "./company-calendar-api.js";
import { TaskFieldsSection } from "./TaskFieldsSection.js";
import { TaskSettingsSection } from "./TaskSettingsSection.js";

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} fz="lg" fw={650} mb="md" id={headingId}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function CompanySettingsPage() {
  const { canManage } = useCurrentUser();
  const company = useCompany();

  return (
    <>
      <PageHeader
        title="Company settings"
        description="Your company's name, its calendar (country, time zone, working days), the topics of its work, how its tasks behave, and its plan."
      />
      {company.isPending ? (
        <LoadingState label="Loading company settings…" />
      ) : company.isError ? (
        <ErrorState error={company.error} onRetry={() => company.refetch()} />
      ) : (
        <Stack gap="lg">
          <Section title="Company">
            {canManage ? (
              <CompanyNameForm key={company.data.name} company={company.data} />
            ) : (
              <Stack gap={4}>
                <Text size="sm" c="dimmed">
                  Company name
                </Text>
                <Text fw={600}>{company.data.name}</Text>
                <Text size="xs" c="dimmed" mt={4}>
                  Only the Company Owner or a Company Admin can rename the company.
                </Text>
              </Stack>
            )}
            <Text size="sm" c="dimmed" mt="lg">
              Using Kontor since {formatDate(company.data.createdAt)} · {company.data.memberCount}{" "}
              {company.data.memberCount === 1 ? "person" : "people"}
            </Text>
          </Section>
          <Section title="Calendar">
            <CalendarSection canManage={canManage} />
          </Section>
          <Section title="Topics">
            <TopicsSection canManage={canManage} />
          </Section>
          <Section title="Tasks">
            <TaskSettingsSection canManage={canManage} />
          </Section>
          <Section title="Task fields">
            <TaskFieldsSection canManage={canManage} />
          </Section>
          <Section title="Plan">
            <Stack gap="sm">
              <Group gap="sm">
                <Text>Your company is on the</Text>
                <PlanBadge plan={company.data.plan} />
              </Group>
              <Text size="sm" c="dark.6">
                {APPS.map(
                  (app) =>
                    `${APP_LABELS[app]} needs the ${APP_PLANS[app].map((p) => PLAN_LABELS[p]).join(" or ")} plan.`,
                ).join(" ")}
              </Text>
              <Text size="sm" c="dimmed">
                <PlanChangeNote />
              </Text>
            </Stack>
          </Section>
        </Stack>
      )}
    </>
  );
}

/** The calendar every date follows: editable by the Owner and Admins, shown to the others. */
function CalendarSection({ canManage }: { canManage: boolean }) {
  const calendar = useCompanyCalendar();
  if (calendar.isPending) return <LoadingState label="Loading the calendar…" />;
  if (calendar.isError) return <ErrorState error={calendar.error} onRetry={() => calendar.refetch()} />;
  const thisYear = Number(
    new Intl.DateTimeFormat("en-CA", { year: "numeric", timeZone: calendar.data.timeZone }).format(
      new Date(),
    ),
  );
  return (
    <Stack gap="lg">
      {canManage ? (
        <CompanyCalendarForm key={JSON.stringify(calendar.data)} calendar={calendar.data} />
      ) : (
        <Stack gap={4}>
          <Text>
            {calendar.data.country}
            {calendar.data.region ? ` (${calendar.data.region})` : ""} · {calendar.data.timeZone} ·{" "}
            {describeWorkingDays(calendar.data.workingDays)}
          </Text>
          <Text size="xs" c="dimmed">
            Only the Company Owner or a Company Admin can change the calendar.
          </Text>
        </Stack>
      )}
      <CompanyHolidays thisYear={thisYear} />
    </Stack>
  );
}
