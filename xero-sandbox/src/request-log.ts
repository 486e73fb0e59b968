/**
 * Every identity and API call the sandbox received, with counts by endpoint and organisation,
 * so tests can assert how Kontor talks to Xero (how many calls, which idempotency keys…).
 */
export interface RequestLogEntry {
  id: number;
  time: string;
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  endpoint: string;
  tenantId?: string;
  clientId?: string;
  idempotencyKey?: string;
  idempotentReplay?: boolean;
  grantType?: string;
  dropped?: "reset" | "after-commit";
  durationMs: number;
}

const MAX_ENTRIES = 10_000;
const UUID_SEGMENT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACCOUNTING_PREFIX = "/api/api.xro/2.0/";

/** `GET /api.xro/2.0/Invoices/{id}`: the path with record ids replaced, for counting. */
export function endpointOf(method: string, path: string): string {
  if (path.toLowerCase().startsWith(ACCOUNTING_PREFIX)) {
    const segments = path.slice(ACCOUNTING_PREFIX.length).split("/");
    const normalised = segments.map((s, i) => (i === 1 ? "{id}" : s));
    return `${method} /api.xro/2.0/${normalised.join("/")}`;
  }
  const normalised = path
    .split("/")
    .map((s) => (UUID_SEGMENT.test(s) ? "{id}" : s))
    .join("/");
  return `${method} ${normalised}`;
}

export interface RequestStats {
  total: number;
  byEndpoint: Record<string, number>;
  byTenant: Record<string, number>;
  byTenantAndEndpoint: Record<string, Record<string, number>>;
  byStatus: Record<string, number>;
}

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private nextId = 1;
  private stats: RequestStats = emptyStats();

  add(entry: Omit<RequestLogEntry, "id">): void {
    this.entries.push({ id: this.nextId++, ...entry });
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    const s = this.stats;
    s.total++;
    s.byEndpoint[entry.endpoint] = (s.byEndpoint[entry.endpoint] ?? 0) + 1;
    s.byStatus[String(entry.status)] = (s.byStatus[String(entry.status)] ?? 0) + 1;
    if (entry.tenantId) {
      s.byTenant[entry.tenantId] = (s.byTenant[entry.tenantId] ?? 0) + 1;
      const perTenant = s.byTenantAndEndpoint[entry.tenantId] ?? {};
      perTenant[entry.endpoint] = (perTenant[entry.endpoint] ?? 0) + 1;
      s.byTenantAndEndpoint[entry.tenantId] = perTenant;
    }
  }

  list(): RequestLogEntry[] {
    return [...this.entries];
  }

  counts(): RequestStats {
    return structuredClone(this.stats);
  }

  clear(): void {
    this.entries = [];
    this.stats = emptyStats();
  }
}

function emptyStats(): RequestStats {
  return { total: 0, byEndpoint: {}, byTenant: {}, byTenantAndEndpoint: {}, byStatus: {} };
}
