import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import type { Connection } from "../../../shared/api/integrations.js";
import { CheckIcon, WarningIcon } from "../../components/icons.js";
import { errorMessage } from "../../lib/api.js";
import { connectionState, isAuthorized, reauthReason } from "./connection-state.js";
import { useTestXeroConnection } from "./xero-api.js";

type Result = { at: Date } & ({ connection: Connection } | { error: unknown });

const timeFormat = new Intl.DateTimeFormat(undefined, {
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function describe(connection: Connection): { ok: boolean; message: string } {
  const reached = connection.organisations.length;
  const organisations = `${reached} ${reached === 1 ? "organisation" : "organisations"}`;
  switch (connectionState(connection)) {
    case "connected":
      return {
        ok: true,
        message: `Xero answered: Kontor reaches ${connection.tenant?.name}${reached > 1 ? ` and ${reached - 1} more ${reached === 2 ? "organisation" : "organisations"}` : ""}.`,
      };
    case "choose_organisation":
      return {
        ok: true,
        message: `Xero answered: Kontor reaches ${organisations}. Choose the billing organisation.`,
      };
    case "needs_reauth":
      return {
        ok: false,
        message: `${reauthReason(connection)} The Authorize Xero button is on the Overview tab.`,
      };
    case "not_connected":
      return { ok: false, message: "Kontor is not connected to Xero." };
  }
}

function Outcome({ result }: { result: Result }) {
  const { ok, message } =
    "connection" in result ? describe(result.connection) : { ok: false, message: errorMessage(result.error) };
  return (
    <Alert
      color={ok ? "teal" : "red"}
      variant="light"
      icon={ok ? <CheckIcon /> : <WarningIcon />}
      title={ok ? "The connection works" : "The connection does not work"}
      p="sm"
    >
      <Text size="sm">{message}</Text>
      <Text size="xs" c="dimmed" mt={4}>
        Tested at {timeFormat.format(result.at)}
      </Text>
    </Alert>
  );
}

/** "Test connection": one light call to Xero, and what it found. */
export function TestConnection({ connection }: { connection: Connection }) {
  const test = useTestXeroConnection();
  const [result, setResult] = useState<Result | null>(null);
  const authorized = isAuthorized(connection);

  function run() {
    if (test.isPending) return;
    test.mutate(undefined, {
      onSuccess: (found) => setResult({ at: new Date(), connection: found }),
      onError: (error) => setResult({ at: new Date(), error }),
    });
  }

  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Button variant="default" onClick={run} loading={test.isPending} disabled={!authorized}>
          Test connection
        </Button>
        {!authorized && (
          <Text size="sm" c="dimmed">
            Nothing to test: Kontor is not connected to Xero.
          </Text>
        )}
      </Group>
      <div role="status" aria-live="polite" aria-label="Test connection result">
        {result && authorized && <Outcome result={result} />}
      </div>
    </Stack>
  );
}
