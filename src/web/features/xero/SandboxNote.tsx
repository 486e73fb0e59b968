import { Alert, Text } from "@mantine/core";
import type { Connection } from "../../../shared/api/integrations.js";
import { InfoIcon } from "../../components/icons.js";

/** Said wherever it matters that Kontor talks to its bundled demo Xero, not the real one. */
export function SandboxNote({ connection, withLogins }: { connection: Connection; withLogins: boolean }) {
  if (!connection.sandbox) return null;
  return (
    <Alert color="grape" variant="light" icon={<InfoIcon />} title={connection.label} p="sm" role="note">
      <Text size="sm">
        Kontor runs without Xero credentials, so it talks to its bundled demo Xero with made-up organisations.
        Nothing reaches the real Xero.
        {withLogins && (
          <>
            {" "}
            At its login page use <strong>demo@kontor.test</strong> (four organisations) or{" "}
            <strong>solo@kontor.test</strong> (one), password <strong>demo</strong>.
          </>
        )}
      </Text>
    </Alert>
  );
}
