import { Hono } from "hono";
import { type AnswerEdit, type FaultInput, parseFault } from "../faults.js";
import { isRecord, readJson, type SandboxEnv } from "../http.js";
import type { SandboxState } from "../state.js";
import { controlError } from "./respond.js";

/** /__sandbox/requests, /stats and /faults. */
export function observeControl(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  app.get("/requests", (c) => {
    const path = c.req.query("path")?.toLowerCase();
    const method = c.req.query("method")?.toUpperCase();
    const tenantId = c.req.query("tenantId")?.toLowerCase();
    const requests = state.requestLog
      .list()
      .filter(
        (r) =>
          (!path || r.path.toLowerCase().includes(path)) &&
          (!method || r.method === method) &&
          (!tenantId || r.tenantId === tenantId),
      );
    return c.json({ requests });
  });

  app.delete("/requests", (c) => {
    state.requestLog.clear();
    return c.body(null, 204);
  });

  app.get("/stats", (c) => c.json({ ...state.requestLog.counts(), limits: state.limiter.snapshot() }));

  app.get("/faults", (c) => c.json({ faults: state.faults.list() }));

  app.post("/faults", async (c) => {
    const body = await readJson(c);
    if (!isRecord(body)) return controlError("JSON body expected");
    const match = isRecord(body.match) ? body.match : {};
    const input: FaultInput = {
      match: {
        method: typeof match.method === "string" ? match.method : undefined,
        path: typeof match.path === "string" ? match.path : undefined,
        query: isRecord(match.query)
          ? Object.fromEntries(Object.entries(match.query).map(([k, v]) => [k, String(v)]))
          : undefined,
      },
      times: typeof body.times === "number" ? body.times : undefined,
      status: typeof body.status === "number" ? body.status : undefined,
      delayMs: typeof body.delayMs === "number" ? body.delayMs : undefined,
      reset: body.reset === true,
      dropResponseAfterCommit: body.dropResponseAfterCommit === true,
      body: body.body,
      headers: isRecord(body.headers)
        ? Object.fromEntries(Object.entries(body.headers).map(([k, v]) => [k, String(v)]))
        : undefined,
      edit: isRecord(body.edit) ? readEdit(body.edit) : undefined,
    };
    const rule = parseFault(input);
    if (typeof rule === "string") return controlError(rule);
    state.faults.add(rule);
    return c.json(rule, 201);
  });

  app.delete("/faults", (c) => {
    state.faults.clear();
    return c.body(null, 204);
  });

  app.post("/faults/release", (c) => {
    state.faults.releaseDelays();
    return c.json({ ok: true });
  });

  return app;
}

function readEdit(edit: Record<string, unknown>): AnswerEdit {
  const prepend = isRecord(edit.prepend)
    ? Object.fromEntries(
        Object.entries(edit.prepend).filter((e): e is [string, unknown[]] => Array.isArray(e[1])),
      )
    : undefined;
  return {
    set: isRecord(edit.set) ? edit.set : undefined,
    omit: Array.isArray(edit.omit) ? edit.omit.filter((n): n is string => typeof n === "string") : undefined,
    prepend,
  };
}
