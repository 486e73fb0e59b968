import { Button, Group, Modal, SimpleGrid, Text } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import type { AppId } from "../../../shared/apps.js";
import { APP_LABELS } from "../../../shared/apps.js";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { notifyFailure, notifySuccess } from "../../lib/notify.js";
import { useCurrentUser } from "../auth/current-user.js";
import { useXeroReturn } from "../xero/use-xero-return.js";
import { XeroCardStatus } from "../xero/XeroCardStatus.js";
import { XeroDialog } from "../xero/XeroDialog.js";
import type { XeroTab } from "../xero/xero-tabs.js";
import { AppCard } from "./AppCard.js";
import { AppSwitch } from "./AppSwitch.js";
import { APP_DESCRIPTIONS } from "./app-descriptions.js";
import { type AppChange, useApps, useChangeApps } from "./apps-api.js";
import { EnableBillingTooDialog } from "./EnableBillingTooDialog.js";
import { useXeroLink } from "./use-xero-link.js";

function summarise(changes: AppChange[]): string {
  const names = changes.map((c) => APP_LABELS[c.app]).join(" and ");
  const verb = changes.every((c) => c.enabled) ? "enabled" : "disabled";
  return `${names} ${changes.length > 1 ? "are" : "is"} ${verb}.`;
}

export function SettingsAndAppsPage() {
  const { company, canManage } = useCurrentUser();
  const apps = useApps();
  const change = useChangeApps();
  const [askBillingToo, setAskBillingToo] = useState(false);
  // Which app's "Disable" is being confirmed; kept while the dialog closes.
  const [disabling, setDisabling] = useState<AppId>("billing");
  const [confirmDisable, setConfirmDisable] = useState(false);
  // Back from Xero: the Xero dialog opens by itself, where the outcome matters.
  const returned = useXeroReturn();
  // Or a link from another page, e.g. "Import from Xero" on an empty client list.
  const linked = useXeroLink();
  const [xeroOpened, setXeroOpened] = useState(returned !== null || linked !== null);
  const [xeroTab, setXeroTab] = useState<XeroTab>(
    returned?.kind === "error"
      ? "connect"
      : returned?.kind === "connected" || returned?.kind === "choose"
        ? "import"
        : returned
          ? "overview"
          : (linked ?? "overview"),
  );

  function apply(changes: AppChange[]) {
    change.mutate(changes, {
      onSuccess: () => notifySuccess(summarise(changes)),
      onError: (error) => notifyFailure(error, "The app could not be changed"),
    });
  }

  function enable(app: AppId) {
    const billing = apps.data?.find((a) => a.app === "billing");
    if (app === "xero" && billing?.available && !billing.enabled) {
      setAskBillingToo(true);
      return;
    }
    apply([{ app, enabled: true }]);
  }

  function disable(app: AppId) {
    setDisabling(app);
    setConfirmDisable(true);
  }

  const pendingFor = (app: AppId) => change.isPending && (change.variables ?? []).some((c) => c.app === app);

  const description = canManage
    ? `Choose the apps ${company.name} uses. Enabled apps are available to everyone in the company.`
    : `The apps ${company.name} uses. The Company Owner or a Company Admin enables and disables them.`;

  return (
    <>
      <PageHeader title="Settings & Apps" description={description} />
      {apps.isPending ? (
        <LoadingState label="Loading apps…" />
      ) : apps.isError ? (
        <ErrorState error={apps.error} onRetry={() => apps.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {apps.data.map((state) =>
            state.app === "xero" ? (
              <AppCard
                key={state.app}
                state={state}
                details={
                  state.available ? (
                    <XeroCardStatus
                      onReviewImport={() => {
                        setXeroTab("import");
                        setXeroOpened(true);
                      }}
                    />
                  ) : undefined
                }
                onOpen={() => setXeroOpened(true)}
                actions={
                  <div>
                    <Button
                      variant={state.enabled ? "default" : "filled"}
                      onClick={() => setXeroOpened(true)}
                    >
                      Open Xero
                    </Button>
                  </div>
                }
              />
            ) : (
              <AppCard
                key={state.app}
                state={state}
                actions={
                  <Group gap="sm">
                    {state.app === "billing" && state.enabled && (
                      <Button component={Link} to="/apps/billing/setup">
                        Open Billing setup
                      </Button>
                    )}
                    <AppSwitch
                      state={state}
                      canManage={canManage}
                      pending={pendingFor(state.app)}
                      busy={change.isPending}
                      onEnable={() => enable(state.app)}
                      onDisable={() => disable(state.app)}
                    />
                  </Group>
                }
              />
            ),
          )}
        </SimpleGrid>
      )}

      <Modal.Stack>
        <XeroDialog
          opened={xeroOpened}
          onClose={() => setXeroOpened(false)}
          tab={xeroTab}
          onTabChange={setXeroTab}
          appPending={pendingFor("xero")}
          appBusy={change.isPending}
          onEnable={() => enable("xero")}
          onDisable={() => disable("xero")}
          returned={returned}
        />

        <EnableBillingTooDialog
          stackId="enable-billing-too"
          opened={askBillingToo}
          onClose={() => setAskBillingToo(false)}
          onEnableBoth={() => {
            setAskBillingToo(false);
            apply([
              { app: "billing", enabled: true },
              { app: "xero", enabled: true },
            ]);
          }}
          onEnableXeroOnly={() => {
            setAskBillingToo(false);
            apply([{ app: "xero", enabled: true }]);
          }}
        />

        <ConfirmDialog
          stackId="disable-app"
          opened={confirmDisable}
          onClose={() => setConfirmDisable(false)}
          title={`Disable ${APP_LABELS[disabling]}?`}
          confirmLabel={`Disable ${APP_LABELS[disabling]}`}
          danger
          onConfirm={async () => {
            const changes = [{ app: disabling, enabled: false }];
            await change.mutateAsync(changes);
            notifySuccess(summarise(changes));
          }}
        >
          <Text>
            {APP_DESCRIPTIONS[disabling].whenDisabled} Data already in Kontor stays, and you can enable{" "}
            {APP_LABELS[disabling]} again at any time.
          </Text>
        </ConfirmDialog>
      </Modal.Stack>
    </>
  );
}
