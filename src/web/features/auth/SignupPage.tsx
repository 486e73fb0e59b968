import { Anchor, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { Link } from "react-router";
import { SignupBody } from "../../../shared/api/auth.js";
import { FormError } from "../../components/FormError.js";
import { PublicLayout } from "../../components/PublicLayout.js";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.js";
import { useForm } from "../../lib/use-form.js";
import { useSignup } from "./auth-api.js";

export function SignupPage() {
  const signup = useSignup();
  const companyInput = useFocusOnMount<HTMLInputElement>();
  const form = useForm({
    initialValues: { companyName: "", name: "", email: "", password: "" },
    schema: SignupBody,
    // On success the session starts and the route guard opens the dashboard.
    onSubmit: (input) => signup.mutateAsync(input),
  });

  return (
    <PublicLayout
      pageTitle="Sign up"
      title="Create your firm's account"
      subtitle="You will be the Company Owner and can invite your team next."
      footer={
        <>
          Already use Kontor?{" "}
          <Anchor component={Link} to="/login">
            Log in
          </Anchor>
        </>
      }
    >
      <form ref={form.formRef} onSubmit={form.handleSubmit} noValidate>
        <Stack gap="md">
          <TextInput
            ref={companyInput}
            label="Company name"
            description="Your firm's registered name"
            autoComplete="organization"
            required
            withAsterisk={false}
            {...form.field("companyName")}
          />
          <TextInput
            label="Your name"
            autoComplete="name"
            required
            withAsterisk={false}
            {...form.field("name")}
          />
          <TextInput
            label="E-mail"
            type="email"
            description="You log in with it"
            autoComplete="email"
            required
            withAsterisk={false}
            {...form.field("email")}
          />
          <PasswordInput
            label="Password"
            description="At least 10 characters"
            autoComplete="new-password"
            required
            withAsterisk={false}
            {...form.field("password")}
          />
          <FormError message={form.formError} />
          <Button type="submit" loading={form.submitting} fullWidth mt="xs">
            Create account
          </Button>
        </Stack>
      </form>
    </PublicLayout>
  );
}
