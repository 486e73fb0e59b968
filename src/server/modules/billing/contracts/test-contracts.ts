import { expect } from "vitest";
import type { Product } from "../../../../shared/api/billing.js";
import type { Agent } from "../../../test/test-app.js";

/** A product with a price, made through the API. */
export async function addProduct(agent: Agent, code: string, unitPrice: string | null = "100.00") {
  const res = await agent.post<Product>("/api/billing/products", {
    code,
    name: `${code} fee`,
    ...(unitPrice ? { unitPrice } : {}),
  });
  expect(res.status).toBe(201);
  return res.body;
}

export const monthly = (productId: string, extra: Record<string, unknown> = {}) => ({
  productId,
  quantity: "1",
  frequency: "monthly",
  startMonth: "2026-01",
  ...extra,
});
