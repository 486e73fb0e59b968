import { Alert, Button, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { AppState } from "../../../shared/api/apps.js";
import { LockIcon } from "../../components/icons.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { useApps } from "../apps/apps-api.js";
import { useCurrentUser } from "../auth/current-user.js";
import { PlanChangeNote } from "../support/PlanChangeNote.js";

/**
 * Billing's pages show their content only when the company can use Billing; otherwise what stands
 * in the way and who can change it, instead of an error the server would answer with.
 */
export function BillingGate({ children, lead }: { children: ReactNode; lead?: string }) {
  const apps = useApps();
  if (apps.isPending) return <LoadingState label="Loading…" />;
  if (apps.isError) return <ErrorState error={apps.error} onRetry={() => apps.refetch()} />;
  const billing = apps.data.find((app) => app.app === "billing");
  if (billing?.enabled) return children;
  return <BillingOffNotice billing={billing} lead={lead} />;
}

interface BillingOffNoticeProps {
  billing: AppState | undefined;
  /** What the page would offer, said first ("Contracts bill fixed fees automatically."). */
  lead?: string | undefined;
}

/** Why Billing cannot be used: not in the plan, or turned off (and who turns it on). */
export function BillingOffNotice({ billing, lead }: BillingOffNoticeProps) {
  const { canManage } = useCurrentUser();
  if (!billing?.available) {
    return (
      <Alert
        color="yellow"
        variant="light"
        icon={<LockIcon size={18} />}
        title="Not in your plan"
        role="note"
      >
        <Text size="sm">
          {lead && `${lead} `}
          {billing?.reason ?? "Billing needs the Team or Elite plan."}
        </Text>
        <Text size="sm" c="dimmed" mt={4}>
          <PlanChangeNote />
        </Text>
      </Alert>
    );
  }
  return (
    <Alert color="blue" variant="light" title="Billing is turned off" role="note">
      <Text size="sm">
        {lead && `${lead} `}
        {canManage
          ? "Turn on the Billing app in Settings & Apps to make invoices."
          : "The Company Owner or an Admin turns on the Billing app in Settings & Apps."}
      </Text>
      {canManage && (
        <Button component={Link} to="/apps" size="xs" variant="light" mt="sm">
          Open Settings & Apps
        </Button>
      )}
    </Alert>
  );
}

/** Whether Billing's actions (New invoice…) belong on the page. */
export function useBillingEnabled(): boolean {
  return useApps().data?.find((app) => app.app === "billing")?.enabled ?? false;
}
