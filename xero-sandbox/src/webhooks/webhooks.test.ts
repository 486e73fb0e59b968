import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findXeroOpenApiDir, loadXeroContract } from "../contract/openapi-validator.js";
import type { Sandbox } from "../sandbox.js";
import { DEMO_BAKERY_TENANT_ID, DEMO_FIRM_TENANT_ID } from "../seed/fixed-ids.js";
import { accountingClient, control, startTestSandbox } from "../testing/harness.js";
import type { WebhookPayload } from "./hub.js";
import { signWebhookBody, verifyWebhookSignature } from "./signature.js";

const KEY = "webhook-signing-key-from-the-developer-portal";
const specDir = findXeroOpenApiDir(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.."));

interface Received {
  body: string;
  signature?: string;
}

/** A webhook receiver that checks signatures as Xero requires, with programmable failures. */
class Receiver {
  readonly received: Received[] = [];
  /** Statuses to answer next (then 200/401 by signature). */
  readonly failures: number[] = [];
  private server: Server = createServer((req, res) => this.handle(req, res));
  private waiters: Array<() => void> = [];
  url = "";

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/webhooks/xero`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  payloads(): WebhookPayload[] {
    return this.received
      .filter((r) => verifyWebhookSignature(r.body, KEY, r.signature))
      .map((r) => JSON.parse(r.body) as WebhookPayload);
  }

  nextRequest(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private handle(req: IncomingMessage, res: import("node:http").ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const signature = req.headers["x-xero-signature"];
      this.received.push({ body, signature: typeof signature === "string" ? signature : undefined });
      const forced = this.failures.shift();
      res.statusCode =
        forced ??
        (verifyWebhookSignature(body, KEY, typeof signature === "string" ? signature : undefined)
          ? 200
          : 401);
      res.end();
      for (const wake of this.waiters.splice(0)) wake();
    });
  }
}

describe("webhooks", () => {
  let sandbox: Sandbox;
  let receiver: Receiver;
  beforeEach(async () => {
    sandbox = await startTestSandbox();
    receiver = new Receiver();
    await receiver.start();
  });
  afterEach(async () => {
    await sandbox.close();
    await receiver.stop();
  });

  const subscribe = async (extra: Record<string, unknown> = {}) =>
    (await control<{ id: string }>(sandbox, "POST", "/webhooks", { url: receiver.url, key: KEY, ...extra }))
      .body.id;

  it("runs Xero's intent-to-receive check: the right signature must get 200, a wrong one 401", async () => {
    const id = await subscribe();
    const good = await control(sandbox, "POST", `/webhooks/${id}/intent-to-receive`);
    expect(good.body).toMatchObject({ ok: true, correctSignatureStatus: 200, wrongSignatureStatus: 401 });
    expect(receiver.received).toHaveLength(2);
    const intent = JSON.parse(receiver.received[0]?.body ?? "{}") as WebhookPayload;
    expect(intent).toMatchObject({ events: [] });
    expect(receiver.received[0]?.signature).toBe(signWebhookBody(receiver.received[0]?.body ?? "", KEY));
    expect(receiver.received[1]?.signature).not.toBe(signWebhookBody(receiver.received[1]?.body ?? "", KEY));
    if (specDir)
      expect(loadXeroContract(specDir).validateWebhookPayload(intent, { strict: true })).toEqual([]);
    receiver.failures.push(200, 200);
    const careless = await control(sandbox, "POST", `/webhooks/${id}/intent-to-receive`);
    expect(careless.body).toMatchObject({ ok: false, wrongSignatureStatus: 200 });
  });

  it("delivers signed, Xero-shaped events for contact and invoice changes", async () => {
    await subscribe();
    const api = accountingClient(sandbox, (await sandbox.connect()).access_token, DEMO_FIRM_TENANT_ID);
    const created = await api.put<{ Invoices: Array<{ InvoiceID: string; Contact: { ContactID: string } }> }>(
      "/Invoices",
      {
        Invoices: [
          {
            Type: "ACCREC",
            Contact: { Name: "Hooked Ltd" },
            LineItems: [{ Description: "x", Quantity: 1, UnitAmount: 1 }],
          },
        ],
      },
    );
    const invoice = created.body.Invoices[0];
    await api.post("/Contacts", {
      Contacts: [{ ContactID: invoice?.Contact.ContactID, EmailAddress: "hi@hooked.example" }],
    });
    const flushed = await sandbox.flushWebhooks();
    expect(flushed).toMatchObject({ attempted: 1, delivered: 1, failed: 0, pending: 0 });
    const [payload] = receiver.payloads();
    expect(payload?.events.map((e) => [e.eventCategory, e.eventType, e.resourceId])).toEqual([
      ["CONTACT", "CREATE", invoice?.Contact.ContactID],
      ["INVOICE", "CREATE", invoice?.InvoiceID],
      ["CONTACT", "UPDATE", invoice?.Contact.ContactID],
    ]);
    expect(payload).toMatchObject({ firstEventSequence: 1, lastEventSequence: 3 });
    expect(payload?.entropy).toMatch(/^[A-Z]{20}$/);
    expect(payload?.events[1]).toMatchObject({
      tenantId: DEMO_FIRM_TENANT_ID,
      tenantType: "ORGANISATION",
      resourceUrl: `${sandbox.apiUrl}/api.xro/2.0/Invoices/${invoice?.InvoiceID}`,
      eventDateUtc: "2026-03-16T09:30:00.000",
    });
    if (specDir)
      expect(loadXeroContract(specDir).validateWebhookPayload(payload, { strict: true })).toEqual([]);
  });

  it("retries a delivery that did not get 200, on the sandbox clock", async () => {
    await subscribe();
    receiver.failures.push(500);
    const api = accountingClient(sandbox, (await sandbox.connect()).access_token, DEMO_FIRM_TENANT_ID);
    await api.put("/Contacts", { Contacts: [{ Name: "Retry Me Ltd" }] });
    expect(await sandbox.flushWebhooks()).toMatchObject({ attempted: 1, failed: 1, pending: 1 });
    expect(await sandbox.flushWebhooks()).toMatchObject({ attempted: 0, pending: 1 });
    sandbox.advanceClock(60);
    expect(await sandbox.flushWebhooks()).toMatchObject({ attempted: 1, delivered: 1, pending: 0 });
    const bodies = receiver.received.map((r) => JSON.parse(r.body) as WebhookPayload);
    expect(bodies[1]?.events).toEqual(bodies[0]?.events);
    expect(bodies[1]?.firstEventSequence).toBe(bodies[0]?.firstEventSequence);
  });

  it("gives up after 24 hours of failed deliveries and disables the subscription", async () => {
    const id = await subscribe();
    receiver.failures.push(...Array.from({ length: 40 }, () => 503));
    const api = accountingClient(sandbox, (await sandbox.connect()).access_token, DEMO_FIRM_TENANT_ID);
    await api.put("/Contacts", { Contacts: [{ Name: "Never Heard Ltd" }] });
    let attempts = 0;
    for (let hour = 0; hour <= 30; hour++) {
      attempts += (await sandbox.flushWebhooks()).attempted;
      sandbox.advanceClock(3600);
    }
    const state = await control<{ subscriptions: Array<{ id: string; status: string }>; pending: number }>(
      sandbox,
      "GET",
      "/webhooks",
    );
    expect(state.body.subscriptions.find((s) => s.id === id)?.status).toBe("DISABLED");
    expect(state.body.pending).toBe(0);
    expect(attempts).toBeGreaterThan(5);
    expect(receiver.received.length).toBe(attempts);
    await api.put("/Contacts", { Contacts: [{ Name: "Still Not Heard Ltd" }] });
    expect((await sandbox.flushWebhooks()).attempted).toBe(0);
  });

  it("sends each subscription only the organisations and categories it asked for", async () => {
    await subscribe({ tenantIds: [DEMO_BAKERY_TENANT_ID], categories: ["INVOICE"] });
    const token = (await sandbox.connect()).access_token;
    await accountingClient(sandbox, token, DEMO_FIRM_TENANT_ID).put("/Contacts", {
      Contacts: [{ Name: "Not For Bakery Ltd" }],
    });
    await accountingClient(sandbox, token, DEMO_BAKERY_TENANT_ID).put("/Contacts", {
      Contacts: [{ Name: "Bakery Contact Ltd" }],
    });
    expect(await sandbox.flushWebhooks()).toMatchObject({ attempted: 0 });
  });

  it("delivers on its own shortly after a change when automatic delivery is on", async () => {
    await sandbox.close();
    sandbox = await startTestSandbox({ webhookDeliveryDelayMs: 0 });
    await subscribe();
    const delivered = receiver.nextRequest();
    const api = accountingClient(sandbox, (await sandbox.connect()).access_token, DEMO_FIRM_TENANT_ID);
    await api.put("/Contacts", { Contacts: [{ Name: "Automatic Ltd" }] });
    await delivered;
    expect(receiver.payloads()[0]?.events[0]).toMatchObject({
      eventCategory: "CONTACT",
      eventType: "CREATE",
    });
  });
});
