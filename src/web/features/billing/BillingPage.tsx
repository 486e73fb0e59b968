import { Button, Group, Stack, Tabs, Text } from "@mantine/core";
import { useState } from "react";
import { Navigate, useNavigate, useParams } from "react-router";
import { DownloadIcon, PlusIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useApps } from "../apps/apps-api.js";
import { useCurrentUser } from "../auth/current-user.js";
import { useXeroConnection } from "../xero/xero-api.js";
import { BillingOffNotice } from "./BillingGate.js";
import { BillingListPanel } from "./BillingListPanel.js";
import { BillingTabList } from "./BillingTabList.js";
import { CurrenciesTable, ResourceCodesTable, VatRatesTable } from "./BillingTables.js";
import { useCurrencies, useResourceCodes, useVatRates } from "./billing-api.js";
import { BILLING_TERMS, type BillingTerm } from "./billing-terms.js";
import { ClassificatorImportResult } from "./ClassificatorImportResult.js";
import { ProductsSection } from "./ProductsSection.js";
import { useClassificatorImportFlow } from "./use-classificator-import.js";
import { XeroSetupNote, xeroSetupProblem } from "./XeroSetupNote.js";

const SECTIONS = {
  products: { label: "Products", term: "products" },
  "vat-rates": {
    label: "VAT rates",
    term: "vatRates",
    note: "Read-only here: change them in Xero, then import classificators again. Rates deleted or archived in Xero stay, marked inactive.",
  },
  "resource-codes": { label: "Resource codes", term: "resourceCodes" },
  currencies: { label: "Currencies", term: "currencies" },
} as const satisfies Record<string, { label: string; term: BillingTerm; note?: string }>;
type Section = keyof typeof SECTIONS;

function isSection(value: string | undefined | null): value is Section {
  return value !== undefined && value !== null && Object.hasOwn(SECTIONS, value);
}

const EMPTY_HINT =
  "They come from Xero: Import classificators brings them in, and so does the first client import.";

interface SectionListProps {
  section: Section;
  canManage: boolean;
  creatingProduct: boolean;
  onProductCreated: () => void;
}

function SectionList({ section, canManage, creatingProduct, onProductCreated }: SectionListProps) {
  const vatRates = useVatRates();
  const resourceCodes = useResourceCodes();
  const currencies = useCurrencies();
  switch (section) {
    case "products":
      return (
        <ProductsSection canManage={canManage} creating={creatingProduct} onCreated={onProductCreated} />
      );
    case "vat-rates":
      return (
        <BillingListPanel query={vatRates} noun="VAT rates" emptyHint={EMPTY_HINT}>
          {(items) => <VatRatesTable vatRates={items} />}
        </BillingListPanel>
      );
    case "resource-codes":
      return (
        <BillingListPanel query={resourceCodes} noun="resource codes" emptyHint={EMPTY_HINT}>
          {(items) => <ResourceCodesTable resourceCodes={items} />}
        </BillingListPanel>
      );
    case "currencies":
      return (
        <BillingListPanel query={currencies} noun="currencies" emptyHint={EMPTY_HINT}>
          {(items) => <CurrenciesTable currencies={items} />}
        </BillingListPanel>
      );
  }
}

/** Under the tab: what its word means, once ("Resource codes — Xero revenue accounts…"). */
function SectionAbout({ section }: { section: Section }) {
  const about: { label: string; term: BillingTerm; note?: string } = SECTIONS[section];
  return (
    <Text size="sm" c="dimmed" mb="md">
      {about.label} — {BILLING_TERMS[about.term]}
      {about.note && ` ${about.note}`}
    </Text>
  );
}

/** Billing's reference data: products, VAT rates, resource codes and currencies, imported from Xero. */
export function BillingPage() {
  const { section } = useParams();
  const navigate = useNavigate();
  const { canManage } = useCurrentUser();
  const apps = useApps();
  const connection = useXeroConnection();
  const xero = apps.data?.find((a) => a.app === "xero");
  const billing = apps.data?.find((a) => a.app === "billing");
  const problem = xeroSetupProblem(xero, connection.data);
  const ready = Boolean(xero && connection.data && !problem);
  const flow = useClassificatorImportFlow(xero && connection.data ? ready : null);
  const [creatingProduct, setCreatingProduct] = useState(false);
  if (!isSection(section)) return <Navigate to="/billing/products" replace />;

  const organisation = connection.data?.tenant?.name ?? "Xero";

  return (
    <>
      <PageHeader
        title="Billing"
        description={
          canManage
            ? "The products, VAT rates, resource codes and currencies used on your invoices. Add products here or import them from Xero with the rest."
            : "The products, VAT rates, resource codes and currencies used on your invoices, added or imported from Xero by the Company Owner or an Admin."
        }
        actions={
          canManage ? (
            <Group gap="sm">
              {section === "products" && billing?.enabled && (
                <Button
                  variant={ready ? "default" : "filled"}
                  leftSection={<PlusIcon size={16} />}
                  onClick={() => setCreatingProduct(true)}
                >
                  New product
                </Button>
              )}
              {ready && (
                <Button leftSection={<DownloadIcon size={16} />} onClick={flow.start} loading={flow.running}>
                  Import classificators
                </Button>
              )}
            </Group>
          ) : undefined
        }
      />
      <Stack gap="lg">
        {apps.data && !billing?.enabled && <BillingOffNotice billing={billing} />}
        {problem && billing?.enabled && <XeroSetupNote problem={problem} canManage={canManage} />}
        {flow.run && (
          <ClassificatorImportResult
            run={flow.run}
            organisation={organisation}
            onDismiss={flow.dismiss}
            onRetry={flow.start}
            retrying={flow.starting}
          />
        )}
        <Tabs value={section} onChange={(next) => next && navigate(`/billing/${next}`)}>
          <BillingTabList />
          <Tabs.Panel value={section} pt="md">
            <SectionAbout section={section} />
            <SectionList
              section={section}
              canManage={canManage}
              creatingProduct={creatingProduct}
              onProductCreated={() => setCreatingProduct(false)}
            />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
