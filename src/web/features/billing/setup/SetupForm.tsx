import {
  Button,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type ReactNode, useId } from "react";
import type { BillingSettings } from "../../../../shared/api/billing-settings.js";
import { FormError } from "../../../components/FormError.js";
import { notifySuccess } from "../../../lib/notify.js";
import { useForm } from "../../../lib/use-form.js";
import { currencyChoices } from "../../clients/currency-choices.js";
import { useVatRates } from "../billing-api.js";
import { useSaveBillingSettings } from "./billing-settings-api.js";
import { SetupFirmFields } from "./SetupFirmFields.js";
import { describeTerms, SetupForm as SetupSchema, setupFormValues } from "./setup-form.js";

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id}>
      <Title order={2} fz="lg" fw={650} id={id}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed" mt={2}>
          {description}
        </Text>
      )}
      <Stack gap="sm" mt="md">
        {children}
      </Stack>
    </Paper>
  );
}

interface SetupFormProps {
  settings: BillingSettings;
  /** Owner and Admins change the settings; Members see them. */
  canManage: boolean;
  /** Why Xero cannot be chosen now (not connected…), or null when it can. */
  xeroProblem: string | null;
}

/** Settings & Apps → Billing → Setup: how invoices are numbered, due, taxed and signed. */
export function SetupForm({ settings, canManage, xeroProblem }: SetupFormProps) {
  const save = useSaveBillingSettings();
  const vatRates = useVatRates();
  const form = useForm({
    initialValues: setupFormValues(settings),
    schema: SetupSchema,
    onSubmit: async (input) => {
      const saved = await save.mutateAsync(input);
      form.reset(setupFormValues(saved));
      notifySuccess("Billing settings are saved.");
    },
  });
  const v = form.values;
  const readOnly = !canManage;
  const vatChoices = (vatRates.data ?? [])
    .filter((r) => r.active || r.id === v.defaultVatRateId)
    .map((r) => ({ value: r.id, label: r.name }));
  const xeroSaved = settings.accountingService === "xero";

  return (
    <form ref={form.formRef} onSubmit={form.handleSubmit} noValidate aria-label="Billing setup">
      <Stack gap="lg">
        <Section
          title="Accounting service"
          description="Where Kontor's invoices are sent when they are exported."
        >
          <Radio.Group label="Send invoices to" {...form.choice("accountingService")} readOnly={readOnly}>
            <Stack gap="xs" mt={6}>
              <Radio value="none" label="None" description="Invoices stay in Kontor." disabled={readOnly} />
              <Radio
                value="xero"
                label="Xero"
                description={
                  xeroProblem && !xeroSaved
                    ? `Not available yet: ${xeroProblem}`
                    : "Invoices are exported to the connected Xero organisation."
                }
                disabled={readOnly || (xeroProblem !== null && !xeroSaved)}
              />
            </Stack>
          </Radio.Group>
        </Section>

        <Section
          title="Invoice numbers"
          description="Each issued invoice takes the next number; there are no gaps."
        >
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            <TextInput
              label="Prefix"
              description="E.g. INV- or 2026-"
              readOnly={readOnly}
              autoComplete="off"
              {...form.field("numberPrefix")}
            />
            <TextInput
              label="Next number"
              inputMode="numeric"
              readOnly={readOnly}
              autoComplete="off"
              {...form.field("nextNumber")}
              description={`The next invoice is ${v.numberPrefix.trim()}${v.nextNumber.trim() || "…"}`}
            />
          </SimpleGrid>
        </Section>

        <Section
          title="Payment terms"
          description="The due date a new invoice gets; it can be changed on the invoice."
        >
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            <TextInput
              label="Days"
              inputMode="numeric"
              readOnly={readOnly}
              autoComplete="off"
              {...form.field("paymentTerms.days")}
            />
            <Select
              label="Counted from"
              data={[
                { value: "invoice_date", label: "the invoice date" },
                { value: "end_of_month", label: "the end of the invoice's month" },
              ]}
              allowDeselect={false}
              readOnly={readOnly}
              {...form.choice("paymentTerms.from")}
            />
          </SimpleGrid>
          <Text size="sm" aria-live="polite">
            {describeTerms(v["paymentTerms.days"], v["paymentTerms.from"])}
          </Text>
        </Section>

        <Section title="Amounts and VAT" description="What a new invoice starts with.">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Radio.Group label="Amounts are" {...form.choice("amountsAre")} readOnly={readOnly}>
              <Stack gap="xs" mt={6}>
                <Radio value="exclusive" label="Exclusive of VAT" disabled={readOnly} />
                <Radio value="inclusive" label="Inclusive of VAT" disabled={readOnly} />
              </Stack>
            </Radio.Group>
            <Select
              label="Default VAT rate"
              placeholder={vatChoices.length ? "None" : "No VAT rates yet"}
              description={vatChoices.length ? undefined : "They come from Xero with Import classificators."}
              data={vatChoices}
              clearable
              readOnly={readOnly}
              {...form.choice("defaultVatRateId")}
            />
            <Select
              label="Unit prices"
              data={[
                { value: "2", label: "2 decimals" },
                { value: "4", label: "4 decimals" },
              ]}
              allowDeselect={false}
              readOnly={readOnly}
              {...form.choice("unitPriceDecimals")}
            />
          </SimpleGrid>
          <Select
            label="Base currency"
            description="The firm's own currency; an invoice can be in another."
            data={currencyChoices(v.baseCurrency)}
            searchable
            allowDeselect={false}
            readOnly={readOnly}
            maw={320}
            {...form.choice("baseCurrency")}
          />
        </Section>

        <Section
          title="Firm details on invoices"
          description="Printed at the top of every invoice and credit note."
        >
          <SetupFirmFields field={form.field} readOnly={readOnly} />
        </Section>

        <FormError message={form.formError} />
        {canManage ? (
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting}>
              Save settings
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            Only the Company Owner or a Company Admin changes Billing settings.
          </Text>
        )}
      </Stack>
    </form>
  );
}
