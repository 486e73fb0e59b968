import { eq } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { clients } from "../../../db/schema/clients.js";
import type { ClientSnapshot, FirmSnapshot } from "../../../db/schema/invoices.js";
import { notFound } from "../../../lib/errors.js";
import { getCompanyRow } from "../../companies/get-company.js";
import type { BillingSettingsRow } from "../settings/billing-settings-row.js";

/**
 * The client and the firm as printed on the invoice, frozen when it is issued: a later change
 * of address or bank account does not rewrite invoices already sent.
 */
export async function issueSnapshots(
  scope: CompanyScope,
  clientId: string,
  settings: BillingSettingsRow,
): Promise<{ client: ClientSnapshot; firm: FirmSnapshot }> {
  // Called inside the issuing transaction: one query at a time on its connection.
  const client = await scope.first(clients, eq(clients.id, clientId));
  const company = settings.firmLegalName ? null : await getCompanyRow(scope);
  if (!client) throw notFound("The invoice's client");
  const cityLine = [client.postalCode, client.city].filter(Boolean).join(" ");
  return {
    client: {
      name: client.name,
      registryCode: client.registryCode,
      vatNumber: client.vatNumber,
      email: client.email,
      address: [client.addressLine1, client.addressLine2, cityLine, client.region, client.country].filter(
        (line): line is string => !!line,
      ),
    },
    firm: {
      legalName: settings.firmLegalName ?? company?.name ?? "",
      registryCode: settings.firmRegistryCode,
      vatNumber: settings.firmVatNumber,
      address: settings.firmAddress,
      bankAccount: settings.firmBankAccount,
      email: settings.firmEmail,
      phone: settings.firmPhone,
    },
  };
}
