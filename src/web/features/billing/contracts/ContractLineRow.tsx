import { ActionIcon, Select, Stack, Table, TextInput } from "@mantine/core";
import type { Frequency } from "../../../../shared/api/contracts.js";
import { CloseIcon } from "../../../components/icons.js";
import { type ContractLineDraft, FREQUENCY_LABELS, priceLabel } from "./contract-form.js";

export interface ProductChoice {
  value: string;
  label: string;
  /** The product's price, shown where the line has none of its own. */
  unitPrice: string | null;
  /** The product's own text, shown where the line has no description. */
  description: string;
}

const FREQUENCIES = Object.entries(FREQUENCY_LABELS).map(([value, label]) => ({ value, label }));

const NUMBER = {
  inputMode: "decimal" as const,
  autoComplete: "off",
  styles: { input: { textAlign: "right" as const } },
};

/** A month field: Chromium and Edge offer a month picker; other browsers take YYYY-MM typed. */
const MONTH = { type: "month", placeholder: "YYYY-MM", autoComplete: "off" };

interface ContractLineRowProps {
  line: ContractLineDraft;
  number: number;
  products: ProductChoice[];
  errors: Record<string, string | undefined>;
  onChange: (change: Partial<ContractLineDraft>) => void;
  onRemove: () => void;
}

/** One recurring line: product and its text, quantity, price (empty: the product's), how often, from and until. */
export function ContractLineRow({
  line,
  number,
  products,
  errors,
  onChange,
  onRemove,
}: ContractLineRowProps) {
  const label = (what: string) => `Line ${number} ${what}`;
  const product = products.find((p) => p.value === line.productId);
  return (
    <Table.Tr data-line={line.key} style={{ verticalAlign: "top" }}>
      <Table.Td miw={240}>
        <Stack gap={4}>
          <Select
            aria-label={label("product")}
            placeholder="Product"
            searchable
            data={products}
            value={line.productId}
            onChange={(productId) => onChange({ productId })}
            error={errors.productId}
            comboboxProps={{ width: 320, position: "bottom-start" }}
          />
          <TextInput
            size="xs"
            aria-label={label("description")}
            placeholder={product?.description || "Description"}
            value={line.description}
            onChange={(e) => onChange({ description: e.currentTarget.value })}
            error={errors.description}
          />
        </Stack>
      </Table.Td>
      <Table.Td miw={80} w={80}>
        <TextInput
          {...NUMBER}
          aria-label={label("quantity")}
          value={line.quantity}
          onChange={(e) => onChange({ quantity: e.currentTarget.value })}
          error={errors.quantity}
        />
      </Table.Td>
      <Table.Td miw={116} w={116}>
        <TextInput
          {...NUMBER}
          aria-label={label("unit price")}
          placeholder={product?.unitPrice ? priceLabel(product.unitPrice) : "Product's price"}
          title="Empty: the product's price when the invoice is made"
          value={line.unitPrice}
          onChange={(e) => onChange({ unitPrice: e.currentTarget.value })}
          error={errors.unitPrice}
        />
      </Table.Td>
      <Table.Td miw={126} w={126}>
        <Select
          aria-label={label("frequency")}
          allowDeselect={false}
          data={FREQUENCIES}
          value={line.frequency}
          onChange={(value) => value && onChange({ frequency: value as Frequency })}
          error={errors.frequency}
        />
      </Table.Td>
      <Table.Td miw={164} w={164}>
        <TextInput
          {...MONTH}
          aria-label={label("start month")}
          value={line.startMonth}
          onChange={(e) => onChange({ startMonth: e.currentTarget.value })}
          error={errors.startMonth}
        />
      </Table.Td>
      <Table.Td miw={164} w={164}>
        <TextInput
          {...MONTH}
          aria-label={label("end month")}
          value={line.endMonth}
          onChange={(e) => onChange({ endMonth: e.currentTarget.value })}
          error={errors.endMonth}
        />
      </Table.Td>
      <Table.Td w={40} pt={6}>
        <ActionIcon variant="subtle" color="gray" aria-label={`Remove line ${number}`} onClick={onRemove}>
          <CloseIcon size={16} />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}
