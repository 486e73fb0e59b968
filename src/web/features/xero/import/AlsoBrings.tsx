import { Text } from "@mantine/core";
import type { ImportRun } from "../../../../shared/api/imports.js";
import { Term } from "../../../components/Term.js";
import { BILLING_TERMS } from "../../billing/billing-terms.js";

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** "Also brings in: 9 VAT rates, 8 products…": the first import's classificators, written on Confirm. */
export function AlsoBrings({ counts }: { counts: NonNullable<ImportRun["alsoBrings"]> }) {
  const parts = [
    plural(counts.vatRates, "VAT rate", "VAT rates"),
    plural(counts.resourceCodes, "resource code", "resource codes"),
    plural(counts.products, "product", "products"),
    plural(counts.currencies, "currency", "currencies"),
  ];
  return (
    <Text size="sm">
      Confirm also brings in the <Term definition={BILLING_TERMS.classificators}>classificators</Term>:{" "}
      {parts.join(", ")}.
    </Text>
  );
}
