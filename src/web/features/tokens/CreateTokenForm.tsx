import { Alert, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { CreateApiTokenBody, type CreatedApiToken } from "../../../shared/api/auth.js";
import { CopyField } from "../../components/CopyField.js";
import { FormError } from "../../components/FormError.js";
import { WarningIcon } from "../../components/icons.js";
import { useForm } from "../../lib/use-form.js";
import { useCreateToken } from "./tokens-api.js";

/** The token just created, shown this once. */
function NewToken({ created, onDone }: { created: CreatedApiToken; onDone: () => void }) {
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<WarningIcon />}
      title={`Copy the token “${created.name}” now`}
    >
      <Stack gap="sm">
        <Text size="sm">
          This is the only time Kontor shows it. Anyone who has it can use Kontor as you, so keep it as safe
          as a password. Send it as <code>Authorization: Bearer &lt;token&gt;</code>.
        </Text>
        <CopyField label="New API token" value={created.token} focusCopyButton />
        <Group>
          <Button variant="default" onClick={onDone}>
            I have copied it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

export function CreateTokenForm() {
  const create = useCreateToken();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const form = useForm({
    initialValues: { name: "" },
    schema: CreateApiTokenBody,
    onSubmit: async (input) => {
      setCreated(await create.mutateAsync(input));
      form.reset();
    },
  });

  if (created) return <NewToken created={created} onDone={() => setCreated(null)} />;
  return (
    <form ref={form.formRef} onSubmit={form.handleSubmit} noValidate>
      <Group align="flex-start" gap="sm">
        <TextInput
          label="Token name"
          description="Name it after the script or integration that will use it."
          placeholder="e.g. Monthly report export"
          required
          withAsterisk={false}
          style={{ flex: "1 1 280px" }}
          maw={420}
          {...form.field("name")}
        />
        <Button type="submit" loading={form.submitting} mt={{ base: 0, xs: 44 }}>
          Create token
        </Button>
      </Group>
      <FormError message={form.formError} />
    </form>
  );
}
