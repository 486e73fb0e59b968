import { Alert } from "@mantine/core";
import type { Connection } from "../../../shared/api/integrations.js";
import { CheckIcon, WarningIcon } from "../../components/icons.js";
import { RETURN_ERROR_MESSAGES, type XeroReturn } from "./xero-return.js";

interface ReturnNoticeProps {
  returned: XeroReturn;
  connection: Connection;
  onDismiss: () => void;
}

/** How the trip to Xero ended, at the top of the Xero dialog until dismissed. */
export function ReturnNotice({ returned, connection, onDismiss }: ReturnNoticeProps) {
  if (returned.kind === "error") {
    const { title, message } = RETURN_ERROR_MESSAGES[returned.code];
    return (
      <Alert
        color="red"
        variant="light"
        icon={<WarningIcon />}
        title={title}
        withCloseButton
        closeButtonLabel="Dismiss"
        onClose={onDismiss}
      >
        {message}
      </Alert>
    );
  }
  if (returned.kind !== "connected") return null;
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<CheckIcon />}
      title="Xero is connected"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onDismiss}
      role="status"
    >
      {connection.tenant
        ? `Kontor is connected to ${connection.tenant.name}, your billing organisation.`
        : "Kontor is connected to Xero."}
    </Alert>
  );
}
