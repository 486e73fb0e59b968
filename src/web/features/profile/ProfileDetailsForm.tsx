import { Alert, Button, Group, PasswordInput, Stack, TextInput } from "@mantine/core";
import { type Profile, UpdateProfileBody } from "../../../shared/api/account.js";
import { FormError } from "../../components/FormError.js";
import { MailIcon } from "../../components/icons.js";
import { formatDateTime } from "../../lib/dates.js";
import { notifySuccess } from "../../lib/notify.js";
import { useForm } from "../../lib/use-form.js";
import { useUpdateProfile } from "./profile-api.js";

/** Name (saved at once) and e-mail (changed once the link mailed to the new address is opened). */
export function ProfileDetailsForm({ profile }: { profile: Profile }) {
  const update = useUpdateProfile();
  const form = useForm({
    initialValues: { name: profile.name, email: profile.email, password: "" },
    schema: UpdateProfileBody,
    onSubmit: async (input) => {
      const changesEmail = input.email !== undefined && input.email !== profile.email.toLowerCase();
      const saved = await update.mutateAsync(changesEmail ? input : { name: input.name });
      form.setValues({ name: saved.name, email: saved.email, password: "" });
      if (changesEmail && saved.pendingEmail) {
        notifySuccess(
          `Open the link we sent to ${saved.pendingEmail.email} to confirm it.`,
          "Check your mail",
        );
      } else {
        notifySuccess("Your profile is saved.");
      }
    },
  });
  const emailChanged = form.values.email.trim().toLowerCase() !== profile.email.toLowerCase();
  const unchanged = form.values.name.trim() === profile.name && !emailChanged;

  return (
    <form ref={form.formRef} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="md" maw={480}>
        <TextInput
          label="Your name"
          description="Shown to your colleagues."
          autoComplete="name"
          required
          withAsterisk={false}
          {...form.field("name")}
        />
        <TextInput
          label="E-mail"
          description="You log in with it, and Kontor's mail to you goes there."
          type="email"
          autoComplete="email"
          required
          withAsterisk={false}
          {...form.field("email")}
        />
        {emailChanged && (
          <PasswordInput
            label="Your password"
            description="Needed to change your e-mail."
            autoComplete="current-password"
            required
            withAsterisk={false}
            {...form.field("password")}
          />
        )}
        {profile.pendingEmail && (
          <Alert color="blue" variant="light" icon={<MailIcon />} role="status">
            We sent a link to <strong>{profile.pendingEmail.email}</strong>. Your e-mail changes to it once
            you open the link (until {formatDateTime(profile.pendingEmail.expiresAt)}); until then you log in
            with {profile.email}.
          </Alert>
        )}
        <FormError message={form.formError} />
        <Group>
          <Button type="submit" loading={form.submitting} disabled={unchanged}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
