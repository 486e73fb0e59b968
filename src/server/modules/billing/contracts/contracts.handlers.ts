import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../../app-env.js";
import { assertCanManage } from "../../auth/authenticate.js";
import { applyContractTemplate as apply } from "./apply-contract-template.js";
import { listContractTemplates as list } from "./contract-templates.js";
import type * as routes from "./contracts.routes.js";
import { createContractTemplate as create } from "./create-contract-template.js";
import { deleteContractTemplate as destroy } from "./delete-contract-template.js";
import { getContract as read } from "./get-contract.js";
import { saveContract as save } from "./save-contract.js";
import { updateContractTemplate as edit } from "./update-contract-template.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const getContract: Handler<"getContract"> = async (c) =>
  c.json(await read(c.get("scope"), { clientId: c.req.valid("param").id }), 200);

export const saveContract: Handler<"saveContract"> = async (c) => {
  const auth = c.get("auth");
  assertCanManage(auth);
  const input = {
    clientId: c.req.valid("param").id,
    contract: c.req.valid("json"),
    userId: auth.userId,
    now: c.get("deps").clock.now(),
  };
  return c.json(await save(c.get("scope"), input), 200);
};

export const listContractTemplates: Handler<"listContractTemplates"> = async (c) =>
  c.json(await list(c.get("scope")), 200);

export const createContractTemplate: Handler<"createContractTemplate"> = async (c) => {
  assertCanManage(c.get("auth"));
  const input = { template: c.req.valid("json"), now: c.get("deps").clock.now() };
  return c.json(await create(c.get("scope"), input), 201);
};

export const updateContractTemplate: Handler<"updateContractTemplate"> = async (c) => {
  const auth = c.get("auth");
  assertCanManage(auth);
  const input = {
    id: c.req.valid("param").id,
    changes: c.req.valid("json"),
    userId: auth.userId,
    now: c.get("deps").clock.now(),
  };
  return c.json(await edit(c.get("scope"), input), 200);
};

export const deleteContractTemplate: Handler<"deleteContractTemplate"> = async (c) => {
  assertCanManage(c.get("auth"));
  await destroy(c.get("scope"), { id: c.req.valid("param").id });
  return c.body(null, 204);
};

export const applyContractTemplate: Handler<"applyContractTemplate"> = async (c) => {
  const auth = c.get("auth");
  assertCanManage(auth);
  const input = {
    templateId: c.req.valid("param").id,
    clientIds: c.req.valid("json").clientIds,
    userId: auth.userId,
    now: c.get("deps").clock.now(),
  };
  return c.json(await apply(c.get("scope"), input), 200);
};
