import { Alert, Anchor, Button, Group, Paper, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import type { ReactNode } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { AcceptInviteBody, type InvitationInfo } from "../../../shared/api/members.js";
import { ROLE_LABELS } from "../../../shared/roles.js";
import { FormError } from "../../components/FormError.js";
import { InfoIcon, WarningIcon } from "../../components/icons.js";
import { PublicLayout } from "../../components/PublicLayout.js";
import { LoadingState } from "../../components/QueryStates.js";
import { RoleBadge } from "../../components/RoleBadge.js";
import { ApiError, errorMessage } from "../../lib/api.js";
import { notifySuccess } from "../../lib/notify.js";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.js";
import { useForm } from "../../lib/use-form.js";
import { useMe } from "../auth/auth-api.js";
import { useAcceptInvite, useInvitation } from "./members-api.js";

const LOG_IN_INSTEAD = (
  <>
    Already have an account?{" "}
    <Anchor component={Link} to="/login">
      Log in
    </Anchor>
  </>
);

/** Why a link cannot be used (unknown, used, withdrawn or expired), with what to do instead. */
function LinkProblem({ error }: { error: unknown }) {
  const unknownLink = error instanceof ApiError && (error.status === 404 || error.status === 400);
  const gone = error instanceof ApiError && error.status === 410;
  const title = unknownLink
    ? "This invite link is not valid"
    : gone
      ? "This invite link can no longer be used"
      : "This invite could not be opened";
  // For a used, withdrawn or expired link the server's message says which, and what to do.
  const message = unknownLink
    ? "Check that you opened the whole link from your invitation. If it still does not work, ask the person who invited you for a new invite."
    : errorMessage(error);
  return (
    <PublicLayout pageTitle="Invite" title={title} footer={LOG_IN_INSTEAD}>
      <Alert color="yellow" variant="light" icon={<WarningIcon />} role="alert">
        {message}
      </Alert>
    </PublicLayout>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <Text size="sm" c="dimmed" w={120} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      {children}
    </Group>
  );
}

function AcceptInviteForm({ token, invitation }: { token: string; invitation: InvitationInfo }) {
  const accept = useAcceptInvite(token);
  const me = useMe();
  const navigate = useNavigate();
  const nameInput = useFocusOnMount<HTMLInputElement>();
  const form = useForm({
    initialValues: { name: "", password: "" },
    schema: AcceptInviteBody,
    onSubmit: async (input) => {
      const joined = await accept.mutateAsync(input);
      notifySuccess(`You have joined ${joined.company.name}.`, `Welcome, ${joined.user.name}`);
      await navigate("/", { replace: true });
    },
  });
  const { companyName, email, role } = invitation;

  return (
    <PublicLayout
      pageTitle={`Join ${companyName}`}
      title={`Join ${companyName} in Kontor`}
      subtitle="Set your name and a password to accept the invite."
      footer={LOG_IN_INSTEAD}
    >
      <Paper bg="gray.0" radius="md" p="md">
        <Stack gap={8}>
          <Detail label="Company">
            <Text size="sm" fw={600}>
              {companyName}
            </Text>
          </Detail>
          <Detail label="Your role">
            <RoleBadge role={role} />
          </Detail>
          <Detail label="You log in with">
            <Text size="sm" fw={600} style={{ wordBreak: "break-all" }}>
              {email}
            </Text>
          </Detail>
        </Stack>
      </Paper>
      {me.data && (
        <Alert color="blue" variant="light" icon={<InfoIcon />}>
          You are logged in as {me.data.user.email}. Joining logs you in as {email} instead.
        </Alert>
      )}
      <form ref={form.formRef} onSubmit={form.handleSubmit} noValidate>
        <Stack gap="md">
          <TextInput
            ref={nameInput}
            label="Your name"
            autoComplete="name"
            required
            withAsterisk={false}
            {...form.field("name")}
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
            Join as {ROLE_LABELS[role]}
          </Button>
        </Stack>
      </form>
    </PublicLayout>
  );
}

/** /invite/:token — the page an invite link opens. */
export function AcceptInvitePage() {
  const token = useParams().token ?? "";
  const invitation = useInvitation(token);
  if (invitation.isPending) return <LoadingState label="Opening your invite…" />;
  if (invitation.isError) return <LinkProblem error={invitation.error} />;
  return <AcceptInviteForm token={token} invitation={invitation.data} />;
}
