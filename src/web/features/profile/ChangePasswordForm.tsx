import { Button, Group, PasswordInput, Stack } from "@mantine/core";
import { ChangePasswordBody } from "../../../shared/api/account.js";
import { FormError } from "../../components/FormError.js";
import { notifySuccess } from "../../lib/notify.js";
import { useForm } from "../../lib/use-form.js";
import { useChangePassword } from "./profile-api.js";

export function ChangePasswordForm({ email }: { email: string }) {
  const change = useChangePassword();
  const form = useForm({
    initialValues: { current: "", next: "" },
    schema: ChangePasswordBody,
    onSubmit: async (input) => {
      await change.mutateAsync(input);
      form.reset();
      notifySuccess("You were logged out on your other devices.", "Your password is changed");
    },
  });
  return (
    <form ref={form.formRef} onSubmit={form.handleSubmit} noValidate>
      {/* For password managers: which account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Stack gap="md" maw={480}>
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          {...form.field("current")}
        />
        <PasswordInput
          label="New password"
          description="At least 10 characters. Changing it logs you out on your other devices."
          autoComplete="new-password"
          required
          withAsterisk={false}
          {...form.field("next")}
        />
        <FormError message={form.formError} />
        <Group>
          <Button type="submit" loading={form.submitting}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
