import { Alert, Anchor, Button, PasswordInput, Stack } from "@mantine/core";
import { Link, useNavigate, useParams } from "react-router";
import { z } from "zod";
import { Password } from "../../../shared/api/common.js";
import { FormError } from "../../components/FormError.js";
import { WarningIcon } from "../../components/icons.js";
import { PublicLayout } from "../../components/PublicLayout.js";
import { LoadingState } from "../../components/QueryStates.js";
import { ApiError, errorMessage } from "../../lib/api.js";
import { notifySuccess } from "../../lib/notify.js";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.js";
import { useForm } from "../../lib/use-form.js";
import { useConfirmPasswordReset, usePasswordReset } from "./password-reset-api.js";

const ASK_AGAIN = (
  <>
    Need a new link?{" "}
    <Anchor component={Link} to="/forgot-password">
      Ask for one
    </Anchor>
  </>
);

/** Why a link cannot be used (unknown, used or expired), with what to do instead. */
function LinkProblem({ error }: { error: unknown }) {
  const unknownLink = error instanceof ApiError && (error.status === 404 || error.status === 400);
  const gone = error instanceof ApiError && error.status === 410;
  const title = unknownLink
    ? "This link is not valid"
    : gone
      ? "This link can no longer be used"
      : "This link could not be opened";
  const message = unknownLink
    ? "Check that you opened the whole link from the mail. If it still does not work, ask for a new one."
    : errorMessage(error);
  return (
    <PublicLayout pageTitle="Reset password" title={title} footer={ASK_AGAIN}>
      <Alert color="yellow" variant="light" icon={<WarningIcon />} role="alert">
        {message}
      </Alert>
    </PublicLayout>
  );
}

const NewPassword = z.object({ password: Password });

function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const confirm = useConfirmPasswordReset(token);
  const navigate = useNavigate();
  const passwordInput = useFocusOnMount<HTMLInputElement>();
  const form = useForm({
    initialValues: { password: "" },
    schema: NewPassword,
    onSubmit: async (input) => {
      await confirm.mutateAsync(input);
      notifySuccess("You were logged out everywhere else.", "Your password is changed");
      await navigate("/", { replace: true });
    },
  });
  return (
    <PublicLayout
      pageTitle="Reset password"
      title="Choose a new password"
      subtitle={
        <>
          For <strong>{email}</strong>. Setting it logs your account out everywhere else.
        </>
      }
      footer={ASK_AGAIN}
    >
      <form ref={form.formRef} onSubmit={form.handleSubmit} noValidate>
        {/* For password managers: which account the new password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <Stack gap="md">
          <PasswordInput
            ref={passwordInput}
            label="New password"
            description="At least 10 characters"
            autoComplete="new-password"
            required
            withAsterisk={false}
            {...form.field("password")}
          />
          <FormError message={form.formError} />
          <Button type="submit" loading={form.submitting} fullWidth mt="xs">
            Set new password
          </Button>
        </Stack>
      </form>
    </PublicLayout>
  );
}

/** /reset-password/:token — the page a password reset mail's link opens. */
export function ResetPasswordPage() {
  const token = useParams().token ?? "";
  const reset = usePasswordReset(token);
  if (reset.isPending) return <LoadingState label="Opening your link…" />;
  if (reset.isError) return <LinkProblem error={reset.error} />;
  return <ResetPasswordForm token={token} email={reset.data.email} />;
}
