import { SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import type { FieldProps } from "../../../lib/use-form.js";
import type { SetupFormValues } from "./setup-form.js";

interface SetupFirmFieldsProps {
  field: (name: keyof SetupFormValues & `firm.${string}`) => FieldProps;
  readOnly: boolean;
}

/** The firm's details as printed on its invoices. */
export function SetupFirmFields({ field, readOnly }: SetupFirmFieldsProps) {
  const common = { autoComplete: "off", readOnly };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput label="Legal name" {...common} {...field("firm.legalName")} />
        <TextInput label="Registry code" {...common} {...field("firm.registryCode")} />
        <TextInput label="VAT number" {...common} {...field("firm.vatNumber")} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Textarea
          label="Address"
          description="As printed on invoices, one line per line"
          autosize
          minRows={3}
          {...common}
          {...field("firm.address")}
        />
        <Stack gap="sm">
          <TextInput
            label="Bank account"
            description="E.g. an IBAN with the bank's name"
            {...common}
            {...field("firm.bankAccount")}
          />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label="E-mail" type="email" {...common} {...field("firm.email")} />
            <TextInput label="Phone" type="tel" {...common} {...field("firm.phone")} />
          </SimpleGrid>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
