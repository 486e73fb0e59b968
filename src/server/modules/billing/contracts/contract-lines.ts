import { asc, eq, inArray, type SQL } from "drizzle-orm";
import type { ContractLine, ContractLineInput } from "../../../../shared/api/contracts.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { products } from "../../../db/schema/billing.js";
import { contractLines } from "../../../db/schema/contracts.js";
import { AppError } from "../../../lib/errors.js";
import { loadCompanyRows, referenceNotFound } from "../company-rows.js";
import { fixedOrNull, shortest, unitPriceText } from "../numeric-text.js";

export type LineRow = typeof contractLines.$inferSelect;
/** Whose lines: a client's contract or a template. */
export type LineOwner = { contractId: string } | { templateId: string };

/**
 * Checks lines against the company's products (another company's: 404 naming the field) and
 * that each has a price, its own or its product's. Throws before anything is written.
 */
export async function checkLines(scope: CompanyScope, lines: readonly ContractLineInput[]): Promise<void> {
  const found = await loadCompanyRows(
    scope,
    products,
    lines.map((l) => l.productId),
  );
  lines.forEach((line, i) => {
    const product = found.get(line.productId);
    if (!product) throw referenceNotFound("The product", `lines.${i}.productId`);
    if (line.unitPrice == null && product.unitPrice === null) {
      const message = `The product ${product.code} has no price: enter a unit price.`;
      throw new AppError("validation_failed", message, [{ field: `lines.${i}.unitPrice`, message }]);
    }
  });
}

const ownerCondition = (owner: LineOwner): SQL =>
  "contractId" in owner
    ? eq(contractLines.contractId, owner.contractId)
    : eq(contractLines.templateId, owner.templateId);

const lineValues = (line: ContractLineInput, position: number) => ({
  position,
  productId: line.productId,
  description: line.description || null,
  quantity: line.quantity,
  unitPrice: line.unitPrice ?? null,
  frequency: line.frequency,
  startMonth: line.startMonth,
  endMonth: line.endMonth ?? null,
});

/**
 * Makes the owner's lines these. A line given with the id of one of the owner's lines is that
 * line changed (it keeps the periods billed for it); others are new; the rest are removed.
 * `sourceLineIds[i]`: the template line line i copies (matched like an id).
 */
export async function replaceLines(
  scope: CompanyScope,
  owner: LineOwner,
  lines: readonly ContractLineInput[],
  sourceLineIds?: readonly string[],
): Promise<void> {
  const existing = await scope.select(contractLines, ownerCondition(owner));
  const byId = new Map(existing.map((l) => [l.id, l]));
  const bySource = new Map(existing.filter((l) => l.sourceLineId).map((l) => [l.sourceLineId!, l]));
  const kept = new Set<string>();
  const inserts: (typeof contractLines.$inferInsert & { companyId?: never })[] = [];
  for (const [i, line] of lines.entries()) {
    const source = sourceLineIds?.[i];
    const match = (line.id ? byId.get(line.id) : undefined) ?? (source ? bySource.get(source) : undefined);
    if (line.id && !match) throw referenceNotFound("The line", `lines.${i}.id`);
    const values = { ...lineValues(line, i), sourceLineId: source ?? null };
    if (match && !kept.has(match.id)) {
      kept.add(match.id);
      await scope.update(contractLines, values, eq(contractLines.id, match.id));
    } else {
      inserts.push({ ...values, ...owner } as never);
    }
  }
  const removed = existing.filter((l) => !kept.has(l.id)).map((l) => l.id);
  if (removed.length > 0) await scope.delete(contractLines, inArray(contractLines.id, removed));
  if (inserts.length > 0) await scope.insertMany(contractLines, inserts);
}

/** The lines of these owners (contracts or templates) as the API shows them, by owner id. */
export async function viewLines(
  scope: CompanyScope,
  by: "contractId" | "templateId",
  ownerIds: string[],
): Promise<Map<string, ContractLine[]>> {
  const result = new Map<string, ContractLine[]>(ownerIds.map((id) => [id, []]));
  if (ownerIds.length === 0) return result;
  const column = contractLines[by];
  const rows = await scope.db
    .select({ line: contractLines, product: products })
    .from(contractLines)
    .innerJoin(products, eq(products.id, contractLines.productId))
    .where(scope.where(contractLines, inArray(column, ownerIds)))
    .orderBy(asc(contractLines.position));
  for (const { line, product } of rows) {
    result.get(line[by]!)?.push({
      id: line.id,
      product: {
        id: product.id,
        code: product.code,
        name: product.name,
        unitPrice: fixedOrNull(product.unitPrice, 4),
      },
      description: line.description,
      quantity: shortest(line.quantity),
      unitPrice: line.unitPrice === null ? null : unitPriceText(line.unitPrice),
      frequency: line.frequency,
      startMonth: line.startMonth,
      endMonth: line.endMonth,
    });
  }
  return result;
}

/** A stored line as input again (copying a template's lines to a contract). */
export function asInput(line: ContractLine): ContractLineInput {
  return {
    productId: line.product.id,
    description: line.description,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    frequency: line.frequency,
    startMonth: line.startMonth,
    endMonth: line.endMonth,
  };
}
