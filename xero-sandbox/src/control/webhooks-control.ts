import { Hono } from "hono";
import { isRecord, readJson, type SandboxEnv } from "../http.js";
import type { SandboxState } from "../state.js";
import type { EventCategory } from "../webhooks/hub.js";
import { controlError, stringField, stringList } from "./respond.js";

/** /__sandbox/webhooks: subscriptions, intent to receive, delivery log and flush. */
export function webhooksControl(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  app.get("/webhooks", (c) =>
    c.json({
      subscriptions: state.webhooks.list(),
      deliveries: state.webhooks.attempts(),
      pending: state.webhooks.pendingCount(),
    }),
  );

  app.post("/webhooks", async (c) => {
    const body = await readJson(c);
    if (!isRecord(body)) return controlError("JSON body expected");
    const url = stringField(body, "url");
    const key = stringField(body, "key");
    if (!url || !URL.canParse(url) || !key) return controlError("url and key are required");
    const requested = stringList(body.categories)?.map((s) => s.toUpperCase());
    const categories = requested?.filter((s): s is EventCategory => s === "CONTACT" || s === "INVOICE");
    if (requested && categories?.length !== requested.length) {
      return controlError("categories are CONTACT and INVOICE");
    }
    const subscription = state.webhooks.subscribe({
      url,
      key,
      tenantIds: stringList(body.tenantIds)?.map((t) => t.toLowerCase()),
      categories,
    });
    return c.json(subscription, 201);
  });

  app.delete("/webhooks", (c) => {
    state.webhooks.unsubscribe();
    return c.body(null, 204);
  });

  app.delete("/webhooks/:id", (c) =>
    state.webhooks.unsubscribe(c.req.param("id")) > 0
      ? c.body(null, 204)
      : controlError("unknown webhook", 404),
  );

  app.post("/webhooks/flush", async (c) => c.json(await state.webhooks.flush()));

  app.post("/webhooks/:id/intent-to-receive", async (c) => {
    const result = await state.webhooks.intentToReceive(c.req.param("id"));
    return result ? c.json(result) : controlError("unknown webhook", 404);
  });

  return app;
}
