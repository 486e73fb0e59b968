import { Hono } from "hono";
import { parseDecimal, toNumber } from "../accounting/decimal.js";
import { byId } from "../accounting/ids.js";
import { findInvoice } from "../accounting/invoices.js";
import { applyPayment, defaultPaymentAccount } from "../accounting/payment-apply.js";
import { findAccountByCode } from "../accounting/records.js";
import { parseDateInput, startOfUtcDay } from "../accounting/xero-date.js";
import { isRecord, publicBase, readJson, type SandboxEnv } from "../http.js";
import type { RateLimits } from "../limits/rate-limiter.js";
import { seedWorld } from "../seed/seed.js";
import type { SandboxState } from "../state.js";
import { resetWorld } from "../world.js";
import { controlError, stringField } from "./respond.js";

/** /__sandbox itself, /reset, /seed, /clock, /limits and /payments. */
export function worldControl(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  app.get("/", (c) => {
    const base = publicBase(state, c);
    return c.json({
      url: base,
      issuerUrl: `${base}/identity`,
      apiUrl: `${base}/api`,
      now: new Date(state.clock.now()).toISOString(),
      seed: state.options.seed,
      tenants: [...state.tenants.values()].map((b) => ({
        tenantId: b.organisation.OrganisationID,
        name: b.organisation.Name,
        contacts: b.contacts.size,
        invoices: b.invoices.size,
        bankTransactions: b.bankTransactions.size,
      })),
      users: [...state.users.values()].map((u) => ({ email: u.email, tenantIds: u.tenantIds })),
      apps: [...state.apps.keys()],
    });
  });

  app.post("/reset", (c) => {
    resetWorld(state);
    return c.json({ ok: true });
  });

  app.post("/seed", async (c) => {
    const body = (await readJson(c)) ?? {};
    if (!isRecord(body)) return controlError("JSON body expected");
    const profile = body.profile ?? "demo";
    if (profile !== "demo" && profile !== "empty") return controlError('profile must be "demo" or "empty"');
    const size = (name: string): number | undefined | string => {
      const value = body[name];
      if (value === undefined) return undefined;
      return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 200_000
        ? value
        : `${name} must be an integer from 0 to 200000`;
    };
    const contacts = size("contacts");
    const invoices = size("invoices");
    if (typeof contacts === "string") return controlError(contacts);
    if (typeof invoices === "string") return controlError(invoices);
    const started = performance.now();
    seedWorld(state, { profile, contacts, invoices });
    return c.json({ ok: true, profile, tookMs: Math.round(performance.now() - started) });
  });

  app.get("/clock", (c) =>
    c.json({ now: new Date(state.clock.now()).toISOString(), mode: state.clock.clockMode }),
  );

  app.post("/clock", async (c) => {
    const body = await readJson(c);
    const seconds = isRecord(body) ? body.advanceSeconds : undefined;
    if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds < 0) {
      return controlError("advanceSeconds must be a number >= 0");
    }
    state.clock.advance(seconds);
    state.webhooks.clockAdvanced();
    return c.json({ now: new Date(state.clock.now()).toISOString() });
  });

  app.get("/limits", (c) => c.json(state.limiter.current));

  app.post("/limits", async (c) => {
    const body = await readJson(c);
    if (!isRecord(body)) return controlError("JSON body expected");
    const limits: Partial<RateLimits> = {};
    for (const key of ["perMinute", "perDay", "concurrent", "appPerMinute"] as const) {
      const value = body[key];
      if (value === undefined) continue;
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
        return controlError(`${key} must be an integer >= 0`);
      limits[key] = value;
    }
    state.limiter.setLimits(limits);
    if (body.resetCounts === true) state.limiter.resetCounts();
    return c.json(state.limiter.current);
  });

  app.post("/payments", async (c) => {
    const body = await readJson(c);
    if (!isRecord(body)) return controlError("JSON body expected");
    const tenantId = stringField(body, "tenantId")?.toLowerCase();
    const books = tenantId ? state.tenants.get(tenantId) : undefined;
    if (!books || !tenantId) return controlError("unknown tenantId", 404);
    const invoice = findInvoice(books, stringField(body, "invoiceId"));
    if (!invoice) return controlError("unknown invoiceId", 404);
    const amount = parseDecimal(body.amount, 2);
    if (amount.kind !== "ok") return controlError("amount must be a number");
    const date = parseDateInput(body.date);
    if (date.kind === "invalid") return controlError("date must be YYYY-MM-DD");
    const code = stringField(body, "accountCode");
    const outcome = applyPayment(state, tenantId, books, {
      invoice,
      account: code ? findAccountByCode(books, code) : defaultPaymentAccount(books),
      amount: amount.scaled,
      date: date.kind === "ok" ? date.ms : startOfUtcDay(state.clock.now()),
      reference: stringField(body, "reference"),
    });
    if (!outcome.ok)
      return c.json({ error: "validation", messages: outcome.errors.map((e) => e.Message) }, 400);
    const updated = byId(books.invoices, invoice.InvoiceID);
    return c.json({
      paymentId: outcome.payment.PaymentID,
      invoiceStatus: updated?.Status,
      amountPaid: toNumber(updated?.AmountPaid ?? 0, 2),
      amountDue: toNumber(
        (updated?.Total ?? 0) - (updated?.AmountPaid ?? 0) - (updated?.AmountCredited ?? 0),
        2,
      ),
    });
  });

  return app;
}
