import { envelopeResponse } from "./envelope.js";
import { listRecords } from "./listing.js";
import type { ResourceRoute } from "./resource-route.js";

export const currenciesRoute: ResourceRoute = {
  name: "Currencies",
  area: "settings",
  list: (api, request) => {
    const result = listRecords(request, {
      records: api.books.currencies,
      toWire: (c) => ({ Code: c.Code, Description: c.Description }),
      typeName: "Currency",
      fields: ["Code", "Description"],
      paged: false,
    });
    return result.ok ? envelopeResponse(api, "Currencies", result.items) : result.response;
  },
};
