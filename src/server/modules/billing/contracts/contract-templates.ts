import { asc, count, eq, inArray } from "drizzle-orm";
import type { ContractTemplate } from "../../../../shared/api/contracts.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { isUniqueViolation } from "../../../db/errors.js";
import { contracts, contractTemplates } from "../../../db/schema/contracts.js";
import { AppError, notFound } from "../../../lib/errors.js";
import { asInput, replaceLines, viewLines } from "./contract-lines.js";
import { upsertContract } from "./save-contract.js";

export type TemplateRow = typeof contractTemplates.$inferSelect;

/** The company's templates by name, with their lines and how many clients follow each. */
export async function listContractTemplates(
  scope: CompanyScope,
  ids?: string[],
): Promise<ContractTemplate[]> {
  const rows = await scope.db
    .select()
    .from(contractTemplates)
    .where(scope.where(contractTemplates, ids ? inArray(contractTemplates.id, ids) : undefined))
    .orderBy(asc(contractTemplates.name));
  const lines = await viewLines(
    scope,
    "templateId",
    rows.map((r) => r.id),
  );
  const counts = await scope.db
    .select({ templateId: contracts.templateId, clients: count() })
    .from(contracts)
    .where(
      scope.where(
        contracts,
        inArray(
          contracts.templateId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .groupBy(contracts.templateId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    billingDay: r.billingDay,
    lines: lines.get(r.id) ?? [],
    clientCount: counts.find((c) => c.templateId === r.id)?.clients ?? 0,
  }));
}

export async function getContractTemplate(scope: CompanyScope, id: string): Promise<ContractTemplate> {
  const [template] = await listContractTemplates(scope, [id]);
  if (!template) throw notFound("The contract template");
  return template;
}

/** 409 for a second template of the same name (names are what users pick templates by). */
export function rethrowDuplicateName(error: unknown, name: string | undefined): never {
  if (isUniqueViolation(error, "contract_templates_name_key")) {
    const message = `A template named ${name} exists already. Choose another name.`;
    throw new AppError("conflict", message, [{ field: "name", message }]);
  }
  throw error;
}

/**
 * Makes these clients' contracts follow the template: its billing day, and copies of its lines
 * (a copy keeps its id, and so its billed periods, while its template line stays).
 */
export async function followTemplate(
  scope: CompanyScope,
  input: { templateId: string; clientIds: readonly string[]; userId: string; now: Date },
): Promise<void> {
  const template = await scope.first(contractTemplates, eq(contractTemplates.id, input.templateId));
  if (!template) throw notFound("The contract template");
  const lines = (await viewLines(scope, "templateId", [template.id])).get(template.id) ?? [];
  for (const clientId of input.clientIds) {
    const contractId = await upsertContract(scope, {
      clientId,
      billingDay: template.billingDay,
      templateId: template.id,
      userId: input.userId,
      now: input.now,
    });
    await replaceLines(
      scope,
      { contractId },
      lines.map(asInput),
      lines.map((l) => l.id),
    );
  }
}

/** The clients whose contracts follow the template. */
export async function followers(scope: CompanyScope, templateId: string): Promise<string[]> {
  const rows = await scope.db
    .select({ clientId: contracts.clientId })
    .from(contracts)
    .where(scope.where(contracts, eq(contracts.templateId, templateId)));
  return rows.map((r) => r.clientId);
}
