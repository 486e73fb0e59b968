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
import { CompanyNameForm } from "./CompanyNameForm.js";
import { useCompany } from "./company-api.js";

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
      <PageHeader title="Company settings" description="Your company's name and plan." />
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
