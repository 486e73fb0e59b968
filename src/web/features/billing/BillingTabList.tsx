import { Tabs } from "@mantine/core";

/** Billing's tabs, All invoices first: the invoices page and the classificator lists share them. */
export const BILLING_TABS = [
  { value: "invoices", label: "All invoices" },
  { value: "contract-templates", label: "Contract templates" },
  { value: "products", label: "Products" },
  { value: "vat-rates", label: "VAT rates" },
  { value: "resource-codes", label: "Resource codes" },
  { value: "currencies", label: "Currencies" },
] as const;

/** The tab row, inside a `Tabs` whose value is the current section. */
export function BillingTabList() {
  return (
    <Tabs.List className="kontor-scrolling-tabs">
      {BILLING_TABS.map(({ value, label }) => (
        <Tabs.Tab key={value} value={value}>
          {label}
        </Tabs.Tab>
      ))}
    </Tabs.List>
  );
}
