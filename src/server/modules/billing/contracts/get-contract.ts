import { eq } from "drizzle-orm";
import type { Contract } from "../../../../shared/api/contracts.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { clients } from "../../../db/schema/clients.js";
import { contracts, contractTemplates } from "../../../db/schema/contracts.js";
import { notFound } from "../../../lib/errors.js";
import { viewLines } from "./contract-lines.js";

/** The billing day a client without a contract starts with. */
export const DEFAULT_BILLING_DAY = 1;

/** A client's contract; a client without one has no lines yet. Another company's client: 404. */
export async function getContract(
  scope: CompanyScope,
  { clientId }: { clientId: string },
): Promise<Contract> {
  const client = await scope.first(clients, eq(clients.id, clientId));
  if (!client) throw notFound("The client");
  const [row] = await scope.db
    .select({ contract: contracts, template: contractTemplates })
    .from(contracts)
    .leftJoin(contractTemplates, eq(contractTemplates.id, contracts.templateId))
    .where(scope.where(contracts, eq(contracts.clientId, clientId)));
  if (!row) return { clientId, billingDay: DEFAULT_BILLING_DAY, template: null, lines: [] };
  const lines = await viewLines(scope, "contractId", [row.contract.id]);
  return {
    clientId,
    billingDay: row.contract.billingDay,
    template: row.template ? { id: row.template.id, name: row.template.name } : null,
    lines: lines.get(row.contract.id) ?? [],
  };
}
