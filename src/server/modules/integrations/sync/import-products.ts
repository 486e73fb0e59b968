import { and, eq, ne, notInArray } from "drizzle-orm";
import type { ClassificatorImport, ProductField } from "../../../../shared/api/imports.js";
import { Decimal } from "../../../../shared/money/decimal.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { products } from "../../../db/schema/billing.js";
import { syncRecords } from "../../../db/schema/sync-records.js";
import type { RemoteProduct } from "../accounting-provider.js";

type Summary = NonNullable<ClassificatorImport["summary"]>;
type ProductRow = typeof products.$inferSelect;
type Synced = Record<string, string | null>;

export interface ImportProductsInput {
  tx: CompanyScope;
  provider: string;
  organisationId: string;
  items: RemoteProduct[];
  /** Account code → resource code id, tax type → VAT rate id, as this import left them. */
  resourceCodeIds: Map<string, string>;
  vatRateIds: Map<string, string>;
  summary: Summary;
  now: Date;
}

/** Prices compared exactly, as decimals: "17.5" equals "17.5000"; never through a float. */
function samePrice(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  return Decimal.parse(a).equals(Decimal.parse(b));
}

/** What the accounting system says about an item, as kept in its sync record. */
function syncedValues(item: RemoteProduct, sold: boolean): Synced {
  return {
    code: item.code,
    name: item.name,
    description: item.description,
    unitPrice: item.unitPrice === null ? null : Decimal.parse(item.unitPrice).toString(),
    accountCode: item.accountCode,
    taxType: item.taxType,
    sold: String(sold),
  };
}

/**
 * Each field the import may change: whether the accounting system changed it since the last
 * import (`before` is what it said then; without it, every field counts as changed), and
 * whether the product differs from it now.
 */
function changedFields(
  row: ProductRow,
  item: RemoteProduct,
  before: Synced | null,
  ids: ImportProductsInput,
) {
  const moved = (key: string, now: string | null) =>
    before === null || (key === "unitPrice" ? !samePrice(before[key], now) : before[key] !== now);
  const resourceCodeId = item.accountCode ? (ids.resourceCodeIds.get(item.accountCode) ?? null) : null;
  const vatRateId = item.taxType ? (ids.vatRateIds.get(item.taxType) ?? null) : null;
  const checks: [ProductField, boolean, boolean, Partial<ProductRow>][] = [
    ["code", moved("code", item.code), row.code !== item.code, { code: item.code }],
    ["name", moved("name", item.name), row.name !== item.name, { name: item.name }],
    [
      "description",
      moved("description", item.description),
      row.description !== item.description,
      { description: item.description },
    ],
    [
      "unitPrice",
      moved("unitPrice", item.unitPrice),
      !samePrice(row.unitPrice, item.unitPrice),
      { unitPrice: item.unitPrice },
    ],
    [
      "resourceCode",
      moved("accountCode", item.accountCode),
      row.resourceCodeId !== resourceCodeId,
      { resourceCodeId },
    ],
    ["vatRate", moved("taxType", item.taxType), row.vatRateId !== vatRateId, { vatRateId }],
    // Sold again after it was not: active again. A product archived in Kontor stays archived.
    ["active", before === null || before.sold !== "true", !row.active, { active: true }],
  ];
  const fields: ProductField[] = [];
  let values: Partial<ProductRow> = {};
  for (const [field, changedThere, differsHere, change] of checks) {
    if (!changedThere || !differsHere) continue;
    fields.push(field);
    values = { ...values, ...change };
  }
  return { fields, values };
}

/**
 * Sold items → products. A product linked to its item is found by the item's id, so a code
 * changed in the accounting system follows; an unlinked one by its code. Only the fields the
 * accounting system changed since the last import are written, so an edit made in Kontor stays
 * until the same field changes there; the summary names the products and fields changed.
 */
export async function importProducts(input: ImportProductsInput): Promise<void> {
  const { tx, provider, organisationId, items, summary, now } = input;
  const changes: NonNullable<Summary["productChanges"]> = [];
  const linkOf = (remoteId: string) =>
    tx.first(
      syncRecords,
      eq(syncRecords.provider, provider),
      eq(syncRecords.organisationId, organisationId),
      eq(syncRecords.entity, "product"),
      eq(syncRecords.remoteId, remoteId),
    );

  for (const item of items) {
    const link = await linkOf(item.externalId);
    const row =
      (link && (await tx.first(products, eq(products.id, link.localId)))) ??
      (await tx.first(products, eq(products.code, item.code)));
    let id: string;
    if (!row) {
      const [created] = await tx
        .insert(products, {
          code: item.code,
          name: item.name,
          description: item.description,
          unitPrice: item.unitPrice,
          resourceCodeId: item.accountCode ? (input.resourceCodeIds.get(item.accountCode) ?? null) : null,
          vatRateId: item.taxType ? (input.vatRateIds.get(item.taxType) ?? null) : null,
          active: true,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: products.id });
      id = created!.id;
      summary.products.created++;
    } else {
      id = row.id;
      const before = link?.localId === row.id ? (link.syncedValues ?? null) : null;
      const { fields, values } = changedFields(row, item, before, input);
      if (
        fields.includes("code") &&
        (await tx.first(products, eq(products.code, item.code), ne(products.id, row.id)))
      ) {
        // Another product already has the new code: the item's other changes are still taken.
        fields.splice(fields.indexOf("code"), 1);
        delete values.code;
        summary.refused?.push({
          kind: "product",
          code: item.code,
          name: item.name,
          reason: `Its code changed in Xero to ${item.code}, which another product in Kontor has; ${row.code} keeps its code.`,
        });
      }
      if (fields.length > 0) {
        await tx.update(products, { ...values, updatedAt: now }, eq(products.id, row.id));
        summary.products.updated++;
        changes.push({
          code: values.code ?? row.code,
          name: values.name ?? row.name,
          fields,
          active: values.active ?? row.active,
        });
      } else summary.products.unchanged++;
    }
    await linkProduct(input, id, item.externalId, syncedValues(item, true));
  }

  await archiveUnsold(input, changes);
  summary.productChanges = changes;
}

/** The product's sync record: which item it is, and what the item said at this import. */
async function linkProduct(input: ImportProductsInput, localId: string, remoteId: string, values: Synced) {
  const { tx, provider, organisationId, now } = input;
  const mine = [eq(syncRecords.provider, provider), eq(syncRecords.entity, "product" as const)];
  // One link each way: this product to another item, or this item to a product since gone, goes.
  await tx.delete(syncRecords, ...mine, eq(syncRecords.localId, localId), ne(syncRecords.remoteId, remoteId));
  await tx.delete(syncRecords, ...mine, eq(syncRecords.remoteId, remoteId), ne(syncRecords.localId, localId));
  const [kept] = await tx
    .update(
      syncRecords,
      { organisationId, syncedValues: values, syncedAt: now },
      ...mine,
      eq(syncRecords.localId, localId),
    )
    .returning({ id: syncRecords.id });
  if (kept) return;
  await tx.insert(syncRecords, {
    provider,
    organisationId,
    entity: "product",
    localId,
    remoteId,
    syncedValues: values,
    syncedAt: now,
  });
}

/** Products from the accounting system that are no longer sold there become inactive. */
async function archiveUnsold(input: ImportProductsInput, changes: NonNullable<Summary["productChanges"]>) {
  const { tx, provider, items, summary, now } = input;
  const soldIds = items.map((i) => i.externalId).concat("");
  const gone = await tx.db
    .select({ link: syncRecords })
    .from(syncRecords)
    .where(
      tx.where(
        syncRecords,
        and(
          eq(syncRecords.provider, provider),
          eq(syncRecords.entity, "product"),
          notInArray(syncRecords.remoteId, soldIds),
        ),
      ),
    );
  for (const { link } of gone) {
    // Archived once, when it stops being sold; restored in Kontor after that, it stays restored.
    if (link.syncedValues?.sold === "false") continue;
    await tx.update(
      syncRecords,
      { syncedValues: { ...link.syncedValues, sold: "false" }, syncedAt: now },
      eq(syncRecords.id, link.id),
    );
    const [archived] = await tx
      .update(
        products,
        { active: false, updatedAt: now },
        eq(products.id, link.localId),
        eq(products.active, true),
      )
      .returning({ code: products.code, name: products.name });
    if (!archived) continue;
    summary.products.updated++;
    changes.push({ ...archived, fields: ["active"], active: false });
  }
}
