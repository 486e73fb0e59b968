import { Button, Group, Stack, Text } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import type { ImportRun } from "../../../../shared/api/imports.js";
import type { Connection } from "../../../../shared/api/integrations.js";
import { ConfirmDialog } from "../../../components/ConfirmDialog.js";
import { ErrorState, LoadingState } from "../../../components/QueryStates.js";
import { notifyFailure, notifySuccess } from "../../../lib/notify.js";
import { queryClient } from "../../../lib/query-client.js";
import { queryKeys } from "../../../lib/query-keys.js";
import { connectionState } from "../connection-state.js";
import { ImportFailed } from "./ImportFailed.js";
import { ImportPreview } from "./ImportPreview.js";
import { ImportProgress } from "./ImportProgress.js";
import { ImportSummaryDialog } from "./ImportSummaryDialog.js";
import {
  useConfirmImport,
  useDiscardImport,
  useImportPreview,
  useLatestImport,
  useResumeImport,
  useStartImport,
} from "./import-api.js";
import { LastImport } from "./LastImport.js";

interface ImportFlowProps {
  connection: Connection;
  canManage: boolean;
  /** Just back from authorizing Xero: start fetching the preview, unless one is under way or waiting. */
  autoStart?: boolean;
  onAutoStarted?: () => void;
}

/** Clients, their people and (the first time) billing's classificators may have changed. */
function afterImport(): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.clients });
  void queryClient.invalidateQueries({ queryKey: queryKeys.billing });
}

/**
 * The client import, following the company's latest run: Start import → fetching → preview →
 * Confirm → importing → the summary pop-up. Members follow along without the buttons.
 */
export function ImportFlow({ connection, canManage, autoStart = false, onAutoStarted }: ImportFlowProps) {
  const latest = useLatestImport();
  const run = latest.data;
  const preview = useImportPreview(run?.status === "ready" ? run.id : undefined);
  const start = useStartImport();
  const confirm = useConfirmImport();
  const resume = useResumeImport();
  const discard = useDiscardImport();
  const [discarding, setDiscarding] = useState(false);
  const [finished, setFinished] = useState<ImportRun | null>(null);
  // The run this page saw importing (or confirmed): its end opens the summary pop-up.
  const watching = useRef<string | null>(null);
  const connected = connection.enabled && connectionState(connection) === "connected";

  // A run that stopped may have found the connection broken: show the connection as it is now.
  const failedRun = run?.status === "failed" ? run.id : null;
  useEffect(() => {
    if (failedRun) void queryClient.invalidateQueries({ queryKey: queryKeys.xeroConnection });
  }, [failedRun]);

  useEffect(() => {
    if (!run) return;
    if (run.status === "importing") watching.current = run.id;
    if (run.status !== "done" && run.status !== "failed") return;
    if (watching.current !== run.id) return;
    watching.current = null;
    afterImport();
    if (run.status === "done") setFinished(run);
  }, [run]);

  // Once per visit: after authorizing, the import the button promised starts by itself.
  const autoStarted = useRef(false);
  const latestStatus = latest.isSuccess ? (run?.status ?? "none") : null;
  useEffect(() => {
    if (!autoStart || autoStarted.current || !canManage || !connected || latestStatus === null) return;
    autoStarted.current = true;
    onAutoStarted?.();
    if (latestStatus === "none" || latestStatus === "done") startImport();
  });

  function startImport() {
    if (start.isPending) return;
    start.mutate(undefined, { onError: (error) => notifyFailure(error, "The import could not start") });
  }

  const startButton = canManage && connected && (
    <Button onClick={startImport} loading={start.isPending}>
      Start import
    </Button>
  );

  function body() {
    if (latest.isPending) return <LoadingState label="Loading the last import…" />;
    if (latest.isError) return <ErrorState error={latest.error} onRetry={() => latest.refetch()} />;
    if (!run)
      return (
        <Group justify="space-between" gap="sm">
          <Text size="sm" style={{ flex: "1 1 300px" }}>
            {canManage
              ? `Start import fetches the customers of ${connection.tenant?.name ?? "your billing organisation"} and shows them before anything changes in Kontor.`
              : "No import yet. The Company Owner or an Admin imports clients from Xero."}
          </Text>
          {startButton}
        </Group>
      );
    switch (run.status) {
      case "fetching":
      case "importing":
        return <ImportProgress run={run} />;
      case "ready":
        if (preview.isPending) return <LoadingState label="Loading the preview…" />;
        if (preview.isError) return <ErrorState error={preview.error} onRetry={() => preview.refetch()} />;
        return (
          <ImportPreview
            key={run.id}
            run={preview.data}
            readOnly={!canManage}
            confirming={confirm.isPending}
            fetchingAgain={start.isPending}
            onFetchAgain={startImport}
            onDiscard={() => setDiscarding(true)}
            onConfirm={(choice) => {
              if (confirm.isPending) return;
              watching.current = run.id;
              confirm.mutate(
                { id: run.id, ...choice },
                { onError: (error) => notifyFailure(error, "The import could not be confirmed") },
              );
            }}
          />
        );
      case "done":
        return (
          <Stack gap="md">
            <LastImport run={run} />
            {startButton && (
              <Group justify="space-between" gap="sm">
                <Text size="sm" c="dimmed" style={{ flex: "1 1 300px" }}>
                  Added or changed clients in Xero? Import again: you see the new and changed ones first.
                </Text>
                {startButton}
              </Group>
            )}
          </Stack>
        );
      case "failed":
        return (
          <Stack gap="md">
            <ImportFailed
              run={run}
              canManage={canManage}
              needsReauth={connectionState(connection) === "needs_reauth"}
              resuming={resume.isPending}
              onResume={() => {
                if (resume.isPending) return;
                watching.current = run.id;
                resume.mutate(run.id, {
                  onError: (error) => notifyFailure(error, "The import could not resume"),
                });
              }}
            />
            {startButton && (
              <Group justify="flex-end" gap="sm">
                <Text size="sm" c="dimmed">
                  Or start over with a fresh preview:
                </Text>
                <Button variant="default" onClick={startImport} loading={start.isPending}>
                  Start import
                </Button>
              </Group>
            )}
          </Stack>
        );
    }
  }

  return (
    <>
      {body()}
      <ImportSummaryDialog run={finished} onClose={() => setFinished(null)} />
      <ConfirmDialog
        stackId="xero-discard-import"
        opened={discarding}
        onClose={() => setDiscarding(false)}
        title="Discard this import?"
        confirmLabel="Discard import"
        danger
        onConfirm={async () => {
          if (run) await discard.mutateAsync(run.id);
          notifySuccess("The import is discarded. Nothing changed in Kontor.");
        }}
      >
        <Text size="sm">
          Nothing from this preview is imported, and your choices in it are dropped. Start import fetches a
          fresh preview whenever you are ready.
        </Text>
      </ConfirmDialog>
    </>
  );
}
