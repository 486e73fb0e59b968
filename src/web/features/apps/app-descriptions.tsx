import type { ReactNode } from "react";
import type { AppId } from "../../../shared/apps.js";
import { ReceiptIcon, SyncIcon } from "../../components/icons.js";

export interface AppDescription {
  icon: ReactNode;
  /** What the app does for the firm, in a sentence. */
  summary: string;
  /** Said before disabling it. */
  whenDisabled: string;
}

export const APP_DESCRIPTIONS: Record<AppId, AppDescription> = {
  billing: {
    icon: <ReceiptIcon size={22} />,
    summary: "Products, VAT rates and invoices for your clients, with automated billing of recurring work.",
    whenDisabled: "Nobody can create or send invoices until Billing is enabled again.",
  },
  xero: {
    icon: <SyncIcon size={22} />,
    summary:
      "Import clients, products and VAT rates from Xero, send Kontor's invoices to Xero and read their paid status back.",
    whenDisabled: "Kontor stops importing from Xero and sending invoices to it until Xero is enabled again.",
  },
};
