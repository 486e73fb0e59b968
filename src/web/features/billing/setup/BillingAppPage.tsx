import { Anchor, Group, Tabs } from "@mantine/core";
import { Link, Navigate, useParams } from "react-router";
import type { AppState } from "../../../../shared/api/apps.js";
import type { Connection } from "../../../../shared/api/integrations.js";
import { ArrowLeftIcon } from "../../../components/icons.js";
import { PageHeader } from "../../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../../components/QueryStates.js";
import { useApps } from "../../apps/apps-api.js";
import { useCurrentUser } from "../../auth/current-user.js";
import { connectionState } from "../../xero/connection-state.js";
import { useXeroConnection } from "../../xero/xero-api.js";
import { useBillingSettings } from "./billing-settings-api.js";
import { SetupForm } from "./SetupForm.js";

/** Why Xero cannot be the accounting service now, in the Setup tab's words; null when it can. */
function xeroChoiceProblem(app: AppState, connection: Connection): string | null {
  if (!app.available) return "Xero needs the Team or Elite plan.";
  if (!app.enabled) return "enable and connect Xero in Settings & Apps → Xero first.";
  switch (connectionState(connection)) {
    case "not_connected":
      return "connect Xero in Settings & Apps → Xero first.";
    case "choose_organisation":
      return "choose Xero's billing organisation in Settings & Apps → Xero first.";
    case "needs_reauth":
      return "Xero needs to be authorized again in Settings & Apps → Xero.";
    case "connected":
      return null;
  }
}

function SetupTab() {
  const { canManage } = useCurrentUser();
  const settings = useBillingSettings();
  const apps = useApps();
  const connection = useXeroConnection();
  const xero = apps.data?.find((a) => a.app === "xero");
  const problem =
    xero && connection.data ? xeroChoiceProblem(xero, connection.data) : "checking Xero's connection…";
  if (settings.isPending) return <LoadingState label="Loading Billing settings…" />;
  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => settings.refetch()} />;
  return <SetupForm settings={settings.data} canManage={canManage} xeroProblem={problem} />;
}

/** Settings & Apps → Billing: the Billing app's own settings, on tabs (Setup, for now). */
export function BillingAppPage() {
  const { tab } = useParams();
  const { canManage } = useCurrentUser();
  if (tab !== "setup") return <Navigate to="/apps/billing/setup" replace />;
  return (
    <>
      <Anchor component={Link} to="/apps" size="sm" mb="xs" display="inline-block">
        <Group gap={4}>
          <ArrowLeftIcon size={14} />
          Settings & Apps
        </Group>
      </Anchor>
      <PageHeader
        title="Billing"
        description={
          canManage
            ? "How Kontor numbers your invoices, when they are due, how they are taxed and whose name they carry."
            : "How Kontor numbers your invoices, when they are due, how they are taxed and whose name they carry. The Company Owner or an Admin changes them."
        }
      />
      <Tabs value={tab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="setup">Setup</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="setup" pt="lg">
          <SetupTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
