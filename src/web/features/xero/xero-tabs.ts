/** The Xero dialog's tabs, in order. */
export const XERO_TABS = ["overview", "connect", "import", "settings"] as const;
export type XeroTab = (typeof XERO_TABS)[number];

export const XERO_TAB_LABELS: Record<XeroTab, string> = {
  overview: "Overview",
  connect: "Connect to Xero",
  import: "Import",
  settings: "Settings",
};

export function isXeroTab(value: string | null): value is XeroTab {
  return value !== null && (XERO_TABS as readonly string[]).includes(value);
}
