import {
  Autocomplete,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { Product } from "../../../shared/api/billing.js";
import { FormError } from "../../components/FormError.js";
import { notifySuccess } from "../../lib/notify.js";
import { useForm } from "../../lib/use-form.js";
import { useResourceCodes, useVatRates } from "./billing-api.js";
import { ProductForm, productFormValues, UNIT_SUGGESTIONS } from "./product-form.js";
import { useCreateProduct, useUpdateProduct } from "./products-api.js";

interface ProductFormProps {
  /** The product to edit; a new one when null. */
  product: Product | null;
  onDone: () => void;
}

/** Active choices, plus the product's own when it is inactive now (so the form shows it as it is). */
function choices<T extends { id: string; active: boolean }>(
  items: T[] | undefined,
  current: string | undefined,
  label: (item: T) => string,
) {
  return (items ?? [])
    .filter((item) => item.active || item.id === current)
    .map((item) => ({ value: item.id, label: item.active ? label(item) : `${label(item)} (inactive)` }));
}

function ProductFields({ product, onDone }: ProductFormProps) {
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const vatRates = useVatRates();
  const resourceCodes = useResourceCodes();
  const form = useForm({
    initialValues: productFormValues(product),
    schema: ProductForm,
    onSubmit: async (input) => {
      const saved = product
        ? await update.mutateAsync({ id: product.id, input })
        : await create.mutateAsync(input);
      notifySuccess(
        product ? `${saved.code} ${saved.name} is saved.` : `${saved.code} ${saved.name} is added.`,
      );
      onDone();
    },
  });
  return (
    <form ref={form.formRef} onSubmit={form.handleSubmit} noValidate aria-label="Product">
      <Stack gap="md">
        {product?.xero && (
          <Text size="sm" c="dimmed">
            Imported from Xero. A field you change here stays until it is changed in Xero; the next import
            then takes Xero's value and says so.
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput
            label="Product code"
            description="Unique; at most 30 characters"
            required
            autoComplete="off"
            data-autofocus
            {...form.field("code")}
          />
          <TextInput
            label="Name"
            required
            autoComplete="off"
            style={{ gridColumn: "span 2" }}
            {...form.field("name")}
          />
        </SimpleGrid>
        <Textarea
          label="Description"
          description="The invoice line's text when this product is chosen"
          autosize
          minRows={2}
          maxRows={6}
          {...form.field("description")}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Autocomplete
            label="Unit"
            description="How it is counted: pc, h, month…"
            data={UNIT_SUGGESTIONS}
            {...form.field("unit")}
            onChange={(value) => form.setValues((v) => ({ ...v, unit: value }))}
          />
          <TextInput
            label="Unit price"
            description="Up to 4 decimals, e.g. 120.50"
            inputMode="decimal"
            autoComplete="off"
            {...form.field("unitPrice")}
          />
          <Select
            label="VAT rate"
            placeholder={vatRates.data?.length ? "None" : "No VAT rates yet"}
            data={choices(vatRates.data, product?.vatRate?.id, (r) => r.name)}
            clearable
            searchable
            {...form.choice("vatRateId")}
          />
          <Select
            label="Resource code"
            placeholder={resourceCodes.data?.length ? "None" : "No resource codes yet"}
            data={choices(resourceCodes.data, product?.resourceCode?.id, (r) => `${r.code} — ${r.name}`)}
            clearable
            searchable
            {...form.choice("resourceCodeId")}
          />
        </SimpleGrid>
        <FormError message={form.formError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={form.submitting}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {product ? "Save product" : "Add product"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface ProductDialogProps extends Omit<ProductFormProps, "onDone"> {
  opened: boolean;
  onClose: () => void;
}

/** Add a product, or edit one (imported ones too: a field edited here stays until Xero changes it). */
export function ProductDialog({ opened, onClose, product }: ProductDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={product ? `Edit ${product.code} ${product.name}` : "New product"}
      size="lg"
    >
      <ProductFields key={product?.id ?? "new"} product={product} onDone={onClose} />
    </Modal>
  );
}
