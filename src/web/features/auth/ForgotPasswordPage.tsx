import { Alert, Anchor, Button, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { PasswordResetBody } from "../../../shared/api/account.js";
import { FormError } from "../../components/FormError.js";
import { MailIcon } from "../../components/icons.js";
import { PublicLayout } from "../../components/PublicLayout.js";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.js";
import { useForm } from "../../lib/use-form.js";
import { useRequestPasswordReset } from "./password-reset-api.js";

const LOG_IN = (
  <>
    Remembered it?{" "}
    <Anchor component={Link} to="/login">
      Log in
    </Anchor>
  </>
);

/** /forgot-password — asks for the e-mail a reset link goes to. */
export function ForgotPasswordPage() {
  const [search] = useSearchParams();
  const request = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const emailInput = useFocusOnMount<HTMLInputElement>();
  const form = useForm({
    initialValues: { email: search.get("email") ?? "" },
    schema: PasswordResetBody,
    onSubmit: async (input) => {
      await request.mutateAsync(input);
      setSentTo(input.email);
    },
  });

  if (sentTo) {
    return (
      <PublicLayout pageTitle="Check your mail" title="Check your mail" footer={LOG_IN}>
        <Alert color="teal" variant="light" icon={<MailIcon />} role="status">
          If an account exists for <strong>{sentTo}</strong>, we sent it a link to choose a new password. The
          link works once, for one hour.
        </Alert>
        <Text size="sm" c="dimmed">
          No mail after a few minutes? Look in your spam folder, or ask again. If your firm runs Kontor
          without a mail server, your Company Owner or an Admin finds the mail in Kontor, under Settings →
          Outbox.
        </Text>
        <Button variant="default" onClick={() => setSentTo(null)}>
          Use another address
        </Button>
      </PublicLayout>
    );
  }

  return (
    <PublicLayout
      pageTitle="Forgot password"
      title="Forgot your password?"
      subtitle="Enter the e-mail you log in with, and we will send you a link to choose a new password."
      footer={LOG_IN}
    >
      <form ref={form.formRef} onSubmit={form.handleSubmit} noValidate>
        <Stack gap="md">
          <TextInput
            ref={emailInput}
            label="E-mail"
            type="email"
            autoComplete="username"
            required
            withAsterisk={false}
            {...form.field("email")}
          />
          <FormError message={form.formError} />
          <Button type="submit" loading={form.submitting} fullWidth mt="xs">
            Send reset link
          </Button>
        </Stack>
      </form>
    </PublicLayout>
  );
}
