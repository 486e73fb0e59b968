import { Select, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import type { ReactNode, Ref } from "react";
import type { FieldProps } from "../../lib/use-form.js";
import { useMembers } from "../members/members-api.js";
import type { ClientFormField } from "./client-fields.js";
import { currencyChoices } from "./currency-choices.js";

/** What `form.choice(name)` spreads onto a Select. */
export interface ChoiceProps {
  name: string;
  value: string | null;
  error: string | undefined;
  onChange: (value: string | null) => void;
}

interface ClientFormFieldsProps {
  field: (name: ClientFormField) => FieldProps;
  choice: (name: ClientFormField) => ChoiceProps;
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
export function ClientFormFields({ field, choice, nameRef, short = false }: ClientFormFieldsProps) {
  const members = useMembers().data?.members ?? [];
  const currency = choice("currency");
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
        <SimpleGrid cols={{ base: 1, xs: short ? 3 : 2 }} spacing="sm">
          <TextInput label="E-mail" type="email" autoComplete="off" {...field("email")} />
          <TextInput
            label="Phone"
            description="Without its country code: in the client's country"
            type="tel"
            autoComplete="off"
            {...field("phone")}
          />
          {short && (
            <TextInput
              label="Country"
              description="E.g. Estonia or EE"
              autoComplete="off"
              {...field("address.country")}
            />
          )}
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
      <Section title="Billing and care">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label="Currency"
            description="The client is invoiced in it"
            placeholder="Choose a currency"
            searchable
            clearable
            data={currencyChoices(currency.value)}
            {...currency}
          />
          <Select
            label="Responsible person"
            description="The member who looks after the client"
            placeholder="Nobody"
            clearable
            data={members.map((m) => ({ value: m.id, label: m.name }))}
            {...choice("responsibleUserId")}
          />
        </SimpleGrid>
      </Section>
      {!short && <Textarea label="Notes" autosize minRows={3} maxRows={10} {...field("notes")} />}
    </Stack>
  );
}
