import type { RemoteCustomer } from "../accounting-provider.js";
import { normaliseCode, normaliseName } from "./normalise-name.js";

export interface ClientForMatching {
  id: string;
  name: string;
  registryCode: string | null;
  vatNumber: string | null;
  email: string | null;
  /** The remote contact this client is already linked to, if any. */
  linkedTo: string | null;
}

export type MatchRule = "link" | "registry_code" | "email" | "name";

export type Match =
  | { match: "new" }
  | { match: "existing"; clientId: string; matchedBy: MatchRule }
  | { match: "ambiguous"; matchedBy: MatchRule; candidates: string[]; reason: string };

function index<K>(
  clients: ClientForMatching[],
  key: (c: ClientForMatching) => (K | null)[],
): Map<K, ClientForMatching[]> {
  const map = new Map<K, ClientForMatching[]>();
  for (const c of clients) {
    for (const k of new Set(key(c))) {
      if (k === null) continue;
      map.set(k, [...(map.get(k) ?? []), c]);
    }
  }
  return map;
}

/**
 * Matches remote customers to Kontor clients, rule by rule: an existing link to the same
 * contact; the registry or VAT number; the e-mail; the normalised name. The first rule that
 * finds anyone decides. Two clients fitting one contact, or one client fitting two contacts,
 * is ambiguous and never merged.
 */
export function matchClients(remotes: RemoteCustomer[], clients: ClientForMatching[]): Map<string, Match> {
  const byLink = new Map(clients.filter((c) => c.linkedTo).map((c) => [c.linkedTo!, c]));
  // A client linked to another contact is that contact's; the other rules do not offer it.
  const free = clients.filter((c) => !c.linkedTo);
  const byCode = index(free, (c) => [normaliseCode(c.registryCode), normaliseCode(c.vatNumber)]);
  const byEmail = index(free, (c) => [c.email?.trim().toLowerCase() || null]);
  const byName = index(free, (c) => [normaliseName(c.name) || null]);
  const names = new Map(clients.map((c) => [c.id, c.name]));

  const result = new Map<string, Match>();
  for (const remote of remotes) {
    const linked = byLink.get(remote.externalId);
    if (linked) {
      result.set(remote.externalId, { match: "existing", clientId: linked.id, matchedBy: "link" });
      continue;
    }
    const rules: [MatchRule, ClientForMatching[]][] = [
      [
        "registry_code",
        [normaliseCode(remote.registryCode), normaliseCode(remote.vatNumber)].flatMap((k) =>
          k ? (byCode.get(k) ?? []) : [],
        ),
      ],
      ["email", remote.email ? (byEmail.get(remote.email.toLowerCase()) ?? []) : []],
      ["name", byName.get(normaliseName(remote.name)) ?? []],
    ];
    let decided: Match = { match: "new" };
    for (const [rule, found] of rules) {
      const distinct = [...new Set(found.map((c) => c.id))].sort((a, b) =>
        (names.get(a) ?? "").localeCompare(names.get(b) ?? ""),
      );
      if (distinct.length === 1) decided = { match: "existing", clientId: distinct[0]!, matchedBy: rule };
      if (distinct.length > 1) {
        const listed = distinct.map((id) => names.get(id)).join(", ");
        decided = {
          match: "ambiguous",
          matchedBy: rule,
          candidates: distinct,
          reason: `Fits several Kontor clients: ${listed}.`,
        };
      }
      if (distinct.length > 0) break;
    }
    result.set(remote.externalId, decided);
  }

  // One client claimed by several contacts (not through a link): none of them may take it.
  const claims = new Map<string, string[]>();
  for (const [externalId, m] of result) {
    if (m.match === "existing" && m.matchedBy !== "link")
      claims.set(m.clientId, [...(claims.get(m.clientId) ?? []), externalId]);
  }
  for (const [clientId, claimants] of claims) {
    if (claimants.length < 2) continue;
    for (const externalId of claimants) {
      const m = result.get(externalId) as Extract<Match, { match: "existing" }>;
      result.set(externalId, {
        match: "ambiguous",
        matchedBy: m.matchedBy,
        candidates: [clientId],
        reason: `Several Xero contacts fit the same Kontor client, ${names.get(clientId)}.`,
      });
    }
  }
  return result;
}
