import { compact, envelopeResponse } from "./envelope.js";
import { notFound } from "./errors.js";
import { byId } from "./ids.js";
import { listRecords } from "./listing.js";
import { findItemByCode, type ItemDetailsRecord, type ItemRecord } from "./records.js";
import type { ResourceRoute } from "./resource-route.js";
import { type UnitDp, unitAmountOut, unitDp } from "./unitdp.js";
import { msDate } from "./xero-date.js";

const FIELDS = [
  "ItemID",
  "Code",
  "Name",
  "Description",
  "PurchaseDescription",
  "IsSold",
  "IsPurchased",
  "IsTrackedAsInventory",
  "SalesDetails",
  "PurchaseDetails",
  "UpdatedDateUTC",
];

function detailsToWire(
  details: ItemDetailsRecord | undefined,
  dp: UnitDp,
): Record<string, unknown> | undefined {
  if (!details) return undefined;
  return compact({
    UnitPrice: details.UnitPrice === undefined ? undefined : unitAmountOut(details.UnitPrice, dp),
    AccountCode: details.AccountCode,
    TaxType: details.TaxType,
  });
}

export function itemToWire(item: ItemRecord, dp: UnitDp): Record<string, unknown> {
  return compact({
    ItemID: item.ItemID,
    Code: item.Code,
    Name: item.Name,
    Description: item.Description,
    PurchaseDescription: item.PurchaseDescription,
    IsSold: item.IsSold,
    IsPurchased: item.IsPurchased,
    IsTrackedAsInventory: false,
    UpdatedDateUTC: msDate(item.UpdatedDateUTC),
    PurchaseDetails: detailsToWire(item.PurchaseDetails, dp),
    SalesDetails: detailsToWire(item.SalesDetails, dp),
  });
}

/** Items are not paged; GET /Items/{id} takes an ItemID or an item Code, as at Xero. */
export const itemsRoute: ResourceRoute = {
  name: "Items",
  area: "settings",
  list: (api, request) => {
    const dp = unitDp(request.query);
    const result = listRecords(request, {
      records: api.books.items.values(),
      toWire: (item) => itemToWire(item, dp),
      typeName: "Item",
      fields: FIELDS,
      updatedAt: (i) => i.UpdatedDateUTC,
      paged: false,
    });
    return result.ok ? envelopeResponse(api, "Items", result.items) : result.response;
  },
  get: (api, request) => {
    const id = request.id ?? "";
    const item = byId(api.books.items, id) ?? findItemByCode(api.books, id);
    return item ? envelopeResponse(api, "Items", [itemToWire(item, unitDp(request.query))]) : notFound();
  },
};
