import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { PageHeader } from "../../components/PageHeader.js";
import { PlanBadge } from "../../components/PlanBadge.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { RoleBadge } from "../../components/RoleBadge.js";
import { formatDate } from "../../lib/dates.js";
import { useApps } from "../apps/apps-api.js";
import { useCurrentUser } from "../auth/current-user.js";
import { useCompany } from "../company/company-api.js";
import { FirmNumbers } from "./FirmNumbers.js";
import { NextSteps } from "./NextSteps.js";
import { isSetUp, stepsForManagers, stepsForMembers } from "./next-steps.js";

const ROLE_SUMMARY = {
  owner:
    "You run the company's settings, apps and team, and you are the only one who can hand over ownership.",
  admin: "You run the company's settings, apps and team together with the Company Owner.",
  member: "You do the client work. The Company Owner and Admins run settings and apps.",
} as const;

function SummaryCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb="xs" style={{ letterSpacing: "0.05em" }}>
        {title}
      </Text>
      {children}
    </Paper>
  );
}

export function DashboardPage() {
  const { user, role, canManage } = useCurrentUser();
  const company = useCompany();
  const apps = useApps();
  const firstName = user.name.split(/\s+/)[0] ?? user.name;

  return (
    <>
      <PageHeader title={`Welcome, ${firstName}`} description="Here is where your firm stands in Kontor." />
      {company.isPending || apps.isPending ? (
        <LoadingState label="Loading your company…" />
      ) : company.isError || apps.isError ? (
        <ErrorState
          error={company.error ?? apps.error}
          onRetry={() => {
            void company.refetch();
            void apps.refetch();
          }}
        />
      ) : (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <SummaryCard title="Your company">
              <Title order={2} fz="lg" fw={650} mb={6}>
                {company.data.name}
              </Title>
              <Group gap="sm" mb="sm">
                <PlanBadge plan={company.data.plan} />
                <Text size="sm" c="dimmed">
                  {company.data.memberCount} {company.data.memberCount === 1 ? "person" : "people"} · since{" "}
                  {formatDate(company.data.createdAt)}
                </Text>
              </Group>
              <Anchor component={Link} to="/company" size="sm">
                Company settings
              </Anchor>
            </SummaryCard>
            <SummaryCard title="Your role">
              <RoleBadge role={role} />
              <Text size="sm" mt="sm" c="dark.6">
                {ROLE_SUMMARY[role]}
              </Text>
            </SummaryCard>
          </SimpleGrid>
          {isSetUp(company.data, apps.data) ? (
            <FirmNumbers canManage={canManage} />
          ) : (
            <NextSteps
              steps={canManage ? stepsForManagers(company.data, apps.data) : stepsForMembers(apps.data)}
            />
          )}
        </Stack>
      )}
    </>
  );
}
