import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Dashboard } from "../../../shared/api/dashboard.js";
import { ArrowRightIcon } from "../../components/icons.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { formatDateTime } from "../../lib/dates.js";
import { XERO_IMPORT_PATH } from "../clients/xero-import-path.js";
import { useDashboard } from "./dashboard-api.js";

const number = (n: number) => n.toLocaleString("en-GB");

function MoreLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} size="sm" fw={500} mt="auto">
      <Group gap={4} component="span" wrap="nowrap">
        {children}
        <ArrowRightIcon size={14} />
      </Group>
    </Anchor>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={6} role="group" aria-label={label}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" style={{ letterSpacing: "0.05em" }}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

function Big({ children }: { children: ReactNode }) {
  return (
    <Text fz={30} fw={700} lh={1.1} style={{ fontVariantNumeric: "tabular-nums" }}>
      {children}
    </Text>
  );
}

/** "2 new · 1 updated · 53 unchanged", leaving out what did not happen. */
function whatItDid(run: NonNullable<Dashboard["lastImport"]>): string {
  const parts = [
    run.created ? `${number(run.created)} new` : "",
    run.updated ? `${number(run.updated)} updated` : "",
    run.unchanged ? `${number(run.unchanged)} unchanged` : "",
    run.failed ? `${number(run.failed)} failed` : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : "No clients changed";
}

function Numbers({ data, canManage }: { data: Dashboard; canManage: boolean }) {
  const { active, linkedToXero } = data.clients;
  const run = data.lastImport;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xl">
      <Figure label="Clients">
        <Big>{number(active)}</Big>
        <Text size="sm" c="dimmed">
          {active === 1 ? "active client" : "active clients"}
        </Text>
        <MoreLink to="/clients">Open clients</MoreLink>
      </Figure>
      <Figure label="Linked to Xero">
        <Big>{number(linkedToXero)}</Big>
        <Text size="sm" c="dimmed">
          {active > 0 ? `of ${number(active)} linked to a Xero contact` : "linked to a Xero contact"}
        </Text>
        <MoreLink to="/clients?xero=linked">Show them</MoreLink>
      </Figure>
      <Figure label="Last import">
        {run ? (
          <>
            <Text fw={650} lh={1.3}>
              {formatDateTime(run.finishedAt)}
            </Text>
            <Text size="sm" c="dimmed">
              {run.organisation ? `From ${run.organisation}: ` : "From Xero: "}
              {whatItDid(run)}
            </Text>
            <MoreLink to={`/clients?importId=${run.id}`}>View its clients</MoreLink>
          </>
        ) : (
          <>
            <Text fw={650}>None yet</Text>
            <Text size="sm" c="dimmed">
              {canManage
                ? "Bring in your clients from Xero."
                : "The Company Owner or an Admin imports clients from Xero."}
            </Text>
            {canManage && <MoreLink to={XERO_IMPORT_PATH}>Import from Xero</MoreLink>}
          </>
        )}
      </Figure>
    </SimpleGrid>
  );
}

/** Once set-up is done: the firm's clients, how many are linked to Xero, and the last import. */
export function FirmNumbers({ canManage }: { canManage: boolean }) {
  const dashboard = useDashboard();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="firm-numbers-title">
      <Title order={2} fz="lg" fw={650} mb="md" id="firm-numbers-title">
        Your firm
      </Title>
      {dashboard.isPending ? (
        <LoadingState label="Counting your clients…" />
      ) : dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => dashboard.refetch()} />
      ) : (
        <Numbers data={dashboard.data} canManage={canManage} />
      )}
    </Paper>
  );
}
