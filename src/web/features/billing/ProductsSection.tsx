import { Modal, Text } from "@mantine/core";
import { useState } from "react";
import type { Product } from "../../../shared/api/billing.js";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { notifyFailure, notifySuccess } from "../../lib/notify.js";
import { BillingListPanel } from "./BillingListPanel.js";
import { useProducts } from "./billing-api.js";
import { ProductDialog } from "./ProductDialog.js";
import { ProductsTable } from "./ProductsTable.js";
import { useUpdateProduct } from "./products-api.js";

interface ProductsSectionProps {
  canManage: boolean;
  /** "New product" was clicked in the page's header. */
  creating: boolean;
  onCreated: () => void;
}

/** Billing → Products: the list, and for the Owner and Admins the product dialog and archiving. */
export function ProductsSection({ canManage, creating, onCreated }: ProductsSectionProps) {
  const products = useProducts();
  const update = useUpdateProduct();
  const [editing, setEditing] = useState<Product | null>(null);
  const [archiving, setArchiving] = useState<Product | null>(null);
  // Kept while the confirmation closes, so its words do not change under the user.
  const [shownArchive, setShownArchive] = useState<Product | null>(null);

  const emptyHint = canManage
    ? "Add one with New product, or import them from Xero with Import classificators."
    : "The Company Owner or an Admin adds them, or imports them from Xero.";

  function restore(product: Product) {
    update.mutate(
      { id: product.id, input: { active: true } },
      {
        onSuccess: (saved) => notifySuccess(`${saved.code} is restored.`),
        onError: (error) => notifyFailure(error, `${product.code} could not be restored`),
      },
    );
  }

  return (
    <>
      <BillingListPanel query={products} noun="products" emptyHint={emptyHint}>
        {(items) => (
          <ProductsTable
            products={items}
            actions={
              canManage
                ? {
                    onEdit: setEditing,
                    onArchive: (p) => {
                      setShownArchive(p);
                      setArchiving(p);
                    },
                    onRestore: restore,
                    restoring:
                      update.isPending && update.variables?.input.active ? update.variables.id : null,
                  }
                : undefined
            }
          />
        )}
      </BillingListPanel>
      <Modal.Stack>
        <ProductDialog
          opened={creating || editing !== null}
          onClose={() => (editing ? setEditing(null) : onCreated())}
          product={editing}
        />
        <ConfirmDialog
          opened={archiving !== null}
          onClose={() => setArchiving(null)}
          title={`Archive ${shownArchive?.code ?? ""}?`}
          confirmLabel={`Archive ${shownArchive?.code ?? ""}`}
          danger
          onConfirm={async () => {
            if (!archiving) return;
            const saved = await update.mutateAsync({ id: archiving.id, input: { active: false } });
            notifySuccess(`${saved.code} is archived.`);
          }}
        >
          <Text size="sm">
            {shownArchive?.name} is no longer offered for new invoice lines. Invoices that already have it
            keep showing it, and you can restore it at any time.
            {shownArchive?.xero && " It stays linked to its Xero item: imports from Xero keep it archived."}
          </Text>
        </ConfirmDialog>
      </Modal.Stack>
    </>
  );
}
