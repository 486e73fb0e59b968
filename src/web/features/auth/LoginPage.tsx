import { Anchor, Button, Group, PasswordInput, Stack, TextInput } from "@mantine/core";
import { Link, useSearchParams } from "react-router";
import { LoginBody } from "../../../shared/api/auth.js";
import { FormError } from "../../components/FormError.js";
import { PublicLayout } from "../../components/PublicLayout.js";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.js";
import { useForm } from "../../lib/use-form.js";
import { useLogin } from "./auth-api.js";

export function LoginPage() {
  const login = useLogin();
  const [search] = useSearchParams();
  const emailInput = useFocusOnMount<HTMLInputElement>();
  const form = useForm({
    initialValues: { email: "", password: "" },
    schema: LoginBody,
    // On success the session starts and the route guard takes the user where they were going.
    onSubmit: (input) => login.mutateAsync(input),
  });
  const signupLink = search.has("next") ? `/signup?${search.toString()}` : "/signup";
  const email = form.values.email.trim();
  const forgotLink = email ? `/forgot-password?${new URLSearchParams({ email })}` : "/forgot-password";

  return (
    <PublicLayout
      pageTitle="Log in"
      title="Log in to Kontor"
      subtitle={search.has("next") ? "Log in to continue where you were." : undefined}
      footer={
        <>
          New to Kontor?{" "}
          <Anchor component={Link} to={signupLink}>
            Create an account for your firm
          </Anchor>
        </>
      }
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
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            withAsterisk={false}
            {...form.field("password")}
          />
          <Group justify="flex-end" mt={-8}>
            <Anchor component={Link} to={forgotLink} size="sm">
              Forgot password?
            </Anchor>
          </Group>
          <FormError message={form.formError} />
          <Button type="submit" loading={form.submitting} fullWidth mt="xs">
            Log in
          </Button>
        </Stack>
      </form>
    </PublicLayout>
  );
}
