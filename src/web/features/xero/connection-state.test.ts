import { describe, expect, it } from "vitest";
import type { Connection } from "../../../shared/api/integrations.js";
import { connectionHeadline, connectionState, otherOrganisations, reauthReason } from "./connection-state.js";

const firm = { id: "t-1", name: "Demo Accounting Firm Ltd", kind: "ORGANISATION", billing: true };
const bakery = { id: "t-2", name: "Northwind Bakery Ltd", kind: "ORGANISATION", billing: false };

function connection(overrides: Partial<Connection>): Connection {
  return {
    provider: "xero",
    label: "Demo Xero (sandbox)",
    sandbox: true,
    enabled: true,
    status: "connected",
    statusReason: null,
    tenant: { id: firm.id, name: firm.name },
    organisations: [firm, bakery],
    authorizedBy: "demo@kontor.test",
    connectedAt: "2026-03-16T09:30:00.000Z",
    ...overrides,
  };
}

describe("where the Xero connection stands", () => {
  it("names the billing organisation when connected", () => {
    expect(connectionHeadline(connection({}))).toBe("Connected to Demo Accounting Firm Ltd");
    expect(otherOrganisations(connection({}))).toEqual([bakery]);
  });

  it("asks for the billing organisation when several were authorised and none is chosen", () => {
    const choosing = connection({ tenant: null, organisations: [{ ...firm, billing: false }, bakery] });
    expect(connectionState(choosing)).toBe("choose_organisation");
    expect(connectionHeadline(choosing)).toBe("Connected — choose the billing organisation");
  });

  it("says not connected, and needs re-authorization with what to do", () => {
    expect(connectionHeadline(connection({ status: "disconnected", tenant: null, organisations: [] }))).toBe(
      "Not connected",
    );
    const revoked = connection({ status: "needs_reauth", statusReason: "Xero rejected Kontor's access." });
    expect(connectionHeadline(revoked)).toBe("Needs re-authorization");
    expect(reauthReason(revoked)).toBe("Xero rejected Kontor's access. Authorize Xero again.");
    const advised = connection({
      status: "needs_reauth",
      statusReason: "Access was removed. Authorize Xero again.",
    });
    expect(reauthReason(advised)).toBe("Access was removed. Authorize Xero again.");
  });
});
