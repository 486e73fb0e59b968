import { Alert, Button, Group, Text } from "@mantine/core";
import { Link } from "react-router";
import type { AppState } from "../../../shared/api/apps.js";
import type { Connection } from "../../../shared/api/integrations.js";
import { InfoIcon } from "../../components/icons.js";
import { connectionState } from "../xero/connection-state.js";

/** Why classificators cannot be imported from Xero right now, and where to fix it; null when they can. */
export function xeroSetupProblem(
  app: AppState | undefined,
  connection: Connection | undefined,
): string | null {
  if (!app || !connection) return null;
  if (!app.available) return "Importing from Xero needs the Team or Elite plan.";
  if (!app.enabled) return "Xero is not enabled, so products and VAT rates cannot be imported from it.";
  switch (connectionState(connection)) {
    case "not_connected":
      return "Xero is not connected, so products and VAT rates cannot be imported from it.";
    case "choose_organisation":
      return "Xero is connected, but the billing organisation is not chosen yet.";
    case "needs_reauth":
      return "Xero needs to be authorized again before Kontor can import from it.";
    case "connected":
      return null;
  }
}

/** Says what stands in the way of importing from Xero, with a link to Settings & Apps. */
export function XeroSetupNote({ problem, canManage }: { problem: string; canManage: boolean }) {
  return (
    <Alert color="yellow" variant="light" icon={<InfoIcon />} role="note">
      <Group justify="space-between" gap="sm">
        <Text size="sm" style={{ flex: "1 1 300px" }}>
          {problem}{" "}
          {canManage
            ? "Set up Xero in Settings & Apps."
            : "The Company Owner or an Admin sets up Xero in Settings & Apps."}
        </Text>
        <Button component={Link} to="/apps?app=xero" variant="white" color="yellow.9" size="xs">
          Open Settings & Apps
        </Button>
      </Group>
    </Alert>
  );
}
