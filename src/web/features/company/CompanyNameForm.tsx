import { Button, Group, Stack, TextInput } from "@mantine/core";
import { type Company, UpdateCompanyBody } from "../../../shared/api/company.js";
import { FormError } from "../../components/FormError.js";
import { notifySuccess } from "../../lib/notify.js";
import { useForm } from "../../lib/use-form.js";
import { useRenameCompany } from "./company-api.js";

/** Renames the company (Owner and Admins). */
export function CompanyNameForm({ company }: { company: Company }) {
  const rename = useRenameCompany();
  const form = useForm({
    initialValues: { name: company.name },
    schema: UpdateCompanyBody,
    onSubmit: async (input) => {
      const renamed = await rename.mutateAsync(input);
      notifySuccess(`Your company is now called ${renamed.name}.`);
    },
  });
  const unchanged = form.values.name.trim() === company.name;

  return (
    <form ref={form.formRef} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Company name"
          description="Shown to everyone in your company and on what Kontor sends for you."
          autoComplete="organization"
          required
          withAsterisk={false}
          maw={480}
          {...form.field("name")}
        />
        <FormError message={form.formError} />
        <Group>
          <Button type="submit" loading={form.submitting} disabled={unchanged}>
            Save name
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
