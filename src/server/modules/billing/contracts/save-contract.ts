import { eq } from "drizzle-orm";
import type { Contract, ContractBody } from "../../../../shared/api/contracts.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { clients } from "../../../db/schema/clients.js";
import { contracts } from "../../../db/schema/contracts.js";
import { notFound } from "../../../lib/errors.js";
import { checkLines, replaceLines } from "./contract-lines.js";
import { getContract } from "./get-contract.js";

export interface SaveContractInput {
  clientId: string;
  contract: ContractBody;
  userId: string;
  now: Date;
}

/**
 * Sets a client's contract (billing day and lines). A contract following a template is detached
 * from it: from now on it is the client's own, and template changes no longer reach it.
 */
export async function saveContract(
  scope: CompanyScope,
  { clientId, contract, userId, now }: SaveContractInput,
): Promise<Contract> {
  await scope.transaction(async (tx) => {
    const client = await tx.first(clients, eq(clients.id, clientId));
    if (!client) throw notFound("The client");
    await checkLines(tx, contract.lines);
    const contractId = await upsertContract(tx, {
      clientId,
      billingDay: contract.billingDay,
      templateId: null,
      userId,
      now,
    });
    await replaceLines(tx, { contractId }, contract.lines);
  });
  return getContract(scope, { clientId });
}

/** Creates or changes the client's contract row; answers its id. */
export async function upsertContract(
  scope: CompanyScope,
  values: { clientId: string; billingDay: number; templateId: string | null; userId: string; now: Date },
): Promise<string> {
  const set = {
    billingDay: values.billingDay,
    templateId: values.templateId,
    updatedBy: values.userId,
    updatedAt: values.now,
  };
  const [row] = await scope
    .insert(contracts, { ...set, clientId: values.clientId, createdAt: values.now })
    .onConflictDoUpdate({ target: contracts.clientId, set })
    .returning({ id: contracts.id });
  return row!.id;
}
