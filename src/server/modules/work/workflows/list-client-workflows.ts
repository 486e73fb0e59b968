import { eq } from "drizzle-orm";
import type { ClientWorkflowList } from "../../../../shared/api/workflows.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { clients } from "../../../db/schema/clients.js";
import { notFound } from "../../../lib/errors.js";
import { clientWorkflowViews } from "./client-workflow-view.js";

export async function findClient(scope: CompanyScope, clientId: string) {
  const client = await scope.first(clients, eq(clients.id, clientId));
  if (!client) throw notFound("That client");
  return client;
}

export async function listClientWorkflows(
  scope: CompanyScope,
  { clientId, now }: { clientId: string; now: Date },
): Promise<ClientWorkflowList> {
  await findClient(scope, clientId);
  return { items: await clientWorkflowViews(scope, { clientId, now }) };
}
