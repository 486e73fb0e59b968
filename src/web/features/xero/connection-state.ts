import type { Connection } from "../../../shared/api/integrations.js";

/** The connection as a user thinks of it. */
export type ConnectionState = "not_connected" | "choose_organisation" | "connected" | "needs_reauth";

export function connectionState(connection: Connection): ConnectionState {
  if (connection.status === "disconnected") return "not_connected";
  if (connection.status === "needs_reauth") return "needs_reauth";
  return connection.tenant ? "connected" : "choose_organisation";
}

/** One line saying where the connection stands: "Connected to Northwind Bakery Ltd". */
export function connectionHeadline(connection: Connection): string {
  switch (connectionState(connection)) {
    case "not_connected":
      return "Not connected";
    case "needs_reauth":
      return "Needs re-authorization";
    case "choose_organisation":
      return "Connected — choose the billing organisation";
    case "connected":
      return `Connected to ${connection.tenant?.name ?? "Xero"}`;
  }
}

export const STATE_COLORS: Record<ConnectionState, string> = {
  not_connected: "gray",
  choose_organisation: "yellow",
  connected: "teal",
  needs_reauth: "red",
};

/** The organisations that are not the billing one: available for work statistics. */
export function otherOrganisations(connection: Connection) {
  return connection.organisations.filter((organisation) => !organisation.billing);
}

/** Kontor holds a Xero authorization (healthy or not), so "Authorize Xero" means doing it again. */
export function isAuthorized(connection: Connection): boolean {
  return connection.status !== "disconnected";
}

/** Why Xero needs to be authorized again, ending with what to do about it. */
export function reauthReason(connection: Connection): string {
  const reason = connection.statusReason ?? "Xero no longer accepts Kontor's access.";
  return /authori[sz]e xero again/i.test(reason) ? reason : `${reason} Authorize Xero again.`;
}
