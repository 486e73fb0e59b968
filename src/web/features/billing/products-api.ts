import { useMutation } from "@tanstack/react-query";
import { type CreateProductBody, Product, type UpdateProductBody } from "../../../shared/api/billing.js";
import { api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";
import { queryKeys } from "../../lib/query-keys.js";

function refreshProducts() {
  return queryClient.invalidateQueries({ queryKey: queryKeys.billingList("products") });
}

export function useCreateProduct() {
  return useMutation({
    mutationFn: (input: CreateProductBody) => api.post("/billing/products", input, Product),
    onSuccess: refreshProducts,
  });
}

/** Edits a product; `{ active: false }` archives it and `{ active: true }` restores it. */
export function useUpdateProduct() {
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateProductBody }) =>
      api.patch(`/billing/products/${id}`, input, Product),
    onSuccess: refreshProducts,
  });
}
