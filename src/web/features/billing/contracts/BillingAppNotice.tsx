import { Alert, Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import type { AppState } from "../../../../shared/api/apps.js";
import { LockIcon } from "../../../components/icons.js";
import { useApps } from "../../apps/apps-api.js";
import { useCurrentUser } from "../../auth/current-user.js";
import { PlanChangeNote } from "../../support/PlanChangeNote.js";

/** The Billing app's state: contracts need it in the plan and enabled. */
export function useBillingApp() {
  const apps = useApps();
  const billing = apps.data?.find((app) => app.app === "billing");
  return { apps, billing, usable: Boolean(billing?.available && billing.enabled) };
}

/** Instead of contracts when Billing is not in the plan, or not turned on. */
export function BillingAppNotice({ billing }: { billing: AppState | undefined }) {
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
          Contracts bill fixed fees automatically. They are part of Billing, which needs the Team or Elite
          plan.
        </Text>
        <Text size="sm" c="dimmed" mt={4}>
          <PlanChangeNote />
        </Text>
      </Alert>
    );
  }
  return (
    <Alert color="gray" variant="light" icon={<LockIcon size={18} />} title="Billing is off" role="note">
      <Text size="sm">
        Contracts bill fixed fees automatically once the Billing app is on.{" "}
        {canManage ? (
          <>
            Turn it on in{" "}
            <Anchor component={Link} to="/apps" inherit>
              Settings & Apps
            </Anchor>
            .
          </>
        ) : (
          "The Company Owner or an Admin turns it on in Settings & Apps."
        )}
      </Text>
    </Alert>
  );
}
