import { Modal, Stack, Tabs, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { ApiError } from "../../lib/api.js";
import { notifyFailure, notifySuccess } from "../../lib/notify.js";
import { useApps } from "../apps/apps-api.js";
import { useCurrentUser } from "../auth/current-user.js";
import { ChooseBillingOrganisationDialog } from "./ChooseBillingOrganisationDialog.js";
import { ConnectTab } from "./ConnectTab.js";
import { otherOrganisations } from "./connection-state.js";
import { ImportTab } from "./ImportTab.js";
import { OverviewTab } from "./OverviewTab.js";
import { PlanNotice } from "./PlanNotice.js";
import { ReturnNotice } from "./ReturnNotice.js";
import { SettingsTab } from "./SettingsTab.js";
import { useChooseBillingOrganisation, useDisconnectXero, useXeroConnection } from "./xero-api.js";
import type { XeroReturn } from "./xero-return.js";
import { isXeroTab, XERO_TAB_LABELS, XERO_TABS, type XeroTab } from "./xero-tabs.js";

interface XeroDialogProps {
  opened: boolean;
  onClose: () => void;
  tab: XeroTab;
  onTabChange: (tab: XeroTab) => void;
  /** Enabling or disabling Xero is being saved. */
  appPending: boolean;
  /** Some app change is being saved: one at a time. */
  appBusy: boolean;
  onEnable: () => void;
  onDisable: () => void;
  /** How the trip to Xero ended, when the page was opened by Xero's redirect back. */
  returned: XeroReturn | null;
}

function organisationName(id: string | null, organisations: { id: string; name: string }[]) {
  return organisations.find((o) => o.id === id)?.name ?? "the organisation you picked";
}

/**
 * The Xero dialog: Overview, Connect to Xero, Import and Settings, and the questions asked on the
 * way (the billing organisation after authorizing several, switching it, disconnecting).
 * Every dialog here sits in the page's `Modal.Stack`, so Escape closes only the top one.
 */
export function XeroDialog(props: XeroDialogProps) {
  const { opened, onClose, tab, onTabChange, returned } = props;
  const { canManage } = useCurrentUser();
  const phone = useMediaQuery("(max-width: 48em)");
  const apps = useApps();
  const connection = useXeroConnection();
  const choose = useChooseBillingOrganisation();
  const disconnect = useDisconnectXero();

  const [notice, setNotice] = useState<XeroReturn | null>(
    returned?.kind === "error" || returned?.kind === "connected" ? returned : null,
  );
  const [choosing, setChoosing] = useState(returned?.kind === "choose");
  // Back from "Authorize Xero to start import": the Import tab starts it, once.
  const [autoStart, setAutoStart] = useState(returned?.kind === "connected" || returned?.kind === "choose");
  // The organisation a switch would move billing to; kept while its question closes.
  const [switchTo, setSwitchTo] = useState<string | null>(
    returned?.kind === "switch" ? returned.organisationId : null,
  );
  const [confirmSwitch, setConfirmSwitch] = useState(returned?.kind === "switch");
  const switched = useRef(false);
  const [choiceVersion, setChoiceVersion] = useState(0);
  const [confirmDisconnect, setConfirmDisconnect] = useState(false);

  const app = apps.data?.find((a) => a.app === "xero");
  const ready = Boolean(app?.available && connection.data);

  // When the tabs appear after loading (e.g. back from Xero), the active tab takes the focus.
  const activeTab = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (opened && ready) activeTab.current?.focus();
  }, [opened, ready]);
  const organisations = connection.data?.organisations ?? [];
  const current = connection.data?.tenant ?? null;

  function chooseOrganisation(id: string) {
    if (current && current.id !== id) {
      switched.current = false;
      setSwitchTo(id);
      setConfirmSwitch(true);
      return;
    }
    choose.mutate(id, {
      onSuccess: (saved) => notifySuccess(`${saved.tenant?.name} is the billing organisation.`),
      onError: (error) => notifyFailure(error, "The billing organisation could not be changed"),
    });
  }

  function close() {
    setNotice(null);
    onClose();
  }

  function body() {
    if (apps.isPending || connection.isPending) return <LoadingState label="Loading the Xero connection…" />;
    if (apps.isError) return <ErrorState error={apps.error} onRetry={() => apps.refetch()} />;
    if (connection.isError)
      return <ErrorState error={connection.error} onRetry={() => connection.refetch()} />;
    if (!app) return <ErrorState error={new Error("Xero is missing from the apps.")} />;
    if (!app.available) return <PlanNotice app={app} />;
    const data = connection.data;
    const goTo = (next: XeroTab) => onTabChange(next);
    return (
      <Stack gap="md">
        {notice && <ReturnNotice returned={notice} connection={data} onDismiss={() => setNotice(null)} />}
        <Tabs value={tab} onChange={(value) => isXeroTab(value) && onTabChange(value)} keepMounted={false}>
          <Tabs.List className="kontor-scrolling-tabs">
            {XERO_TABS.map((value) => (
              <Tabs.Tab
                key={value}
                value={value}
                ref={value === tab ? activeTab : undefined}
                data-autofocus={value === tab || undefined}
              >
                {XERO_TAB_LABELS[value]}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="overview" pt="lg">
            <OverviewTab
              app={app}
              connection={data}
              canManage={canManage}
              appPending={props.appPending}
              appBusy={props.appBusy}
              onEnable={props.onEnable}
              onDisable={props.onDisable}
              onChooseOrganisation={() => setChoosing(true)}
              onDisconnect={() => setConfirmDisconnect(true)}
              onGoTo={goTo}
            />
          </Tabs.Panel>
          <Tabs.Panel value="connect" pt="lg">
            <ConnectTab app={app} connection={data} canManage={canManage} onGoTo={goTo} />
          </Tabs.Panel>
          <Tabs.Panel value="import" pt="lg">
            <ImportTab
              connection={data}
              canManage={canManage}
              onGoTo={goTo}
              onChooseOrganisation={() => setChoosing(true)}
              autoStart={autoStart}
              onAutoStarted={() => setAutoStart(false)}
            />
          </Tabs.Panel>
          <Tabs.Panel value="settings" pt="lg">
            <SettingsTab
              connection={data}
              canManage={canManage}
              choosing={choose.isPending}
              choiceVersion={choiceVersion}
              onChooseOrganisation={chooseOrganisation}
            />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    );
  }

  const others = connection.data ? otherOrganisations(connection.data).length : 0;
  return (
    <>
      <Modal
        opened={opened}
        onClose={close}
        title="Xero"
        size={760}
        fullScreen={phone}
        stackId="xero"
        styles={{ title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } }}
      >
        {body()}
      </Modal>

      <ChooseBillingOrganisationDialog
        stackId="xero-choose"
        opened={choosing}
        onClose={() => setChoosing(false)}
        connection={connection.data}
      />

      <ConfirmDialog
        stackId="xero-switch"
        opened={confirmSwitch}
        onClose={() => {
          setConfirmSwitch(false);
          if (switched.current || !current) return;
          setChoiceVersion((n) => n + 1);
          notifySuccess(`${current.name} stays the billing organisation.`);
        }}
        title="Switch the billing organisation?"
        confirmLabel="Switch billing organisation"
        onConfirm={async () => {
          if (!switchTo) return;
          const saved = await choose.mutateAsync(switchTo);
          switched.current = true;
          notifySuccess(`${saved.tenant?.name} is now the billing organisation.`);
        }}
      >
        <Stack gap="sm">
          <Text>
            Switch the billing organisation from <strong>{current?.name ?? "none"}</strong> to{" "}
            <strong>{organisationName(switchTo, organisations)}</strong>?
          </Text>
          <Text size="sm">
            Kontor then imports clients from {organisationName(switchTo, organisations)} and sends new
            invoices to it. {current ? `${current.name} stays connected, available for work statistics.` : ""}{" "}
            Cancel keeps {current?.name ?? "things as they are"}.
          </Text>
        </Stack>
      </ConfirmDialog>

      <ConfirmDialog
        stackId="xero-disconnect"
        opened={confirmDisconnect}
        onClose={() => setConfirmDisconnect(false)}
        title="Disconnect Xero?"
        confirmLabel="Disconnect Xero"
        danger
        onConfirm={async () => {
          try {
            await disconnect.mutateAsync();
          } catch (error) {
            if (error instanceof ApiError && error.status === 502) {
              throw new ApiError(
                502,
                error.code,
                "Xero could not be reached, so nothing changed: Kontor is still connected. Try again in a few minutes.",
              );
            }
            throw error;
          }
          notifySuccess("Xero is disconnected. Clients, products and invoices in Kontor stay as they are.");
        }}
      >
        <Stack gap="sm">
          <Text>
            Kontor stops using <strong>{current?.name ?? "Xero"}</strong>
            {others > 0 ? ` and the ${others} other ${others === 1 ? "organisation" : "organisations"}` : ""}.
            Kontor's access in Xero is removed too, so Xero forgets the connection.
          </Text>
          <Text size="sm">
            Clients, products and invoices already in Kontor stay as they are. To connect again, authorize
            Xero on the Connect to Xero tab.
          </Text>
        </Stack>
      </ConfirmDialog>
    </>
  );
}
