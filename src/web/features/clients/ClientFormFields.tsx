import { SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import type { ReactNode, Ref } from "react";
import type { FieldProps } from "../../lib/use-form.js";
import type { ClientFormField } from "./client-fields.js";

interface ClientFormFieldsProps {
  field: (name: ClientFormField) => FieldProps;
  /** The name field, to put the cursor in it. */
  nameRef?: Ref<HTMLInputElement>;
  /** Only what a new client needs; the card has the rest. */
  short?: boolean;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} size="sm" c="dark.6" mb={4} p={0}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}

/** The client's fields, grouped as on the card: who they are, how to reach them, where, and billing. */
export function ClientFormFields({ field, nameRef, short = false }: ClientFormFieldsProps) {
  return (
    <Stack gap="lg">
      <Section title="Client">
        <TextInput
          ref={nameRef}
          label="Name"
          description="The client's legal or trading name"
          required
          withAsterisk
          autoComplete="off"
          data-autofocus
          {...field("name")}
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput label="Short mark" description="A short code used in lists" {...field("shortMark")} />
          <TextInput
            label="Registry code"
            description="Company or personal code"
            autoComplete="off"
            {...field("registryCode")}
          />
          <TextInput
            label="VAT number"
            description="With its country prefix"
            autoComplete="off"
            {...field("vatNumber")}
          />
        </SimpleGrid>
      </Section>
      <Section title="Contact details">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput label="E-mail" type="email" autoComplete="off" {...field("email")} />
          <TextInput label="Phone" type="tel" autoComplete="off" {...field("phone")} />
        </SimpleGrid>
      </Section>
      {!short && (
        <Section title="Address">
          <TextInput label="Address" {...field("address.line1")} />
          <TextInput label="Address, second line" {...field("address.line2")} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput label="City" {...field("address.city")} />
            <TextInput label="Postal code" {...field("address.postalCode")} />
            <TextInput label="Region" {...field("address.region")} />
            <TextInput label="Country" {...field("address.country")} />
          </SimpleGrid>
        </Section>
      )}
      <Section title="Billing">
        <TextInput
          label="Currency"
          description="Three letters, e.g. EUR or GBP"
          maxLength={3}
          w={{ base: "100%", xs: 320 }}
          {...field("currency")}
        />
      </Section>
      {!short && <Textarea label="Notes" autosize minRows={3} maxRows={10} {...field("notes")} />}
    </Stack>
  );
}
