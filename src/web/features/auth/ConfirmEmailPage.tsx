import { Alert, Anchor, Button, Stack, Text } from "@mantine/core";
import { Link, useParams } from "react-router";
import { CheckIcon, WarningIcon } from "../../components/icons.js";
import { PublicLayout } from "../../components/PublicLayout.js";
import { ApiError, errorMessage } from "../../lib/api.js";
import { useMe } from "./auth-api.js";
import { useConfirmEmail } from "./password-reset-api.js";

/**
 * /confirm-email/:token — the link mailed to a new address. It asks for a click rather than
 * confirming on opening, so a mail program that opens links to check them confirms nothing.
 */
export function ConfirmEmailPage() {
  const token = useParams().token ?? "";
  const confirm = useConfirmEmail();
  const me = useMe();
  const onward = me.data
    ? { to: "/profile", label: "Back to your profile" }
    : { to: "/login", label: "Log in" };

  if (confirm.isSuccess) {
    return (
      <PublicLayout pageTitle="E-mail confirmed" title="Your e-mail is changed">
        <Alert color="teal" variant="light" icon={<CheckIcon />} role="status">
          You log in to Kontor with <strong>{confirm.data.email}</strong> from now on, and Kontor's mail to
          you goes there.
        </Alert>
        <Button component={Link} to={onward.to}>
          {onward.label}
        </Button>
      </PublicLayout>
    );
  }

  const unknownLink = confirm.error instanceof ApiError && [400, 404].includes(confirm.error.status);
  return (
    <PublicLayout
      pageTitle="Confirm e-mail"
      title="Confirm your new e-mail"
      subtitle="You asked to log in to Kontor with the address this link was sent to."
      footer={
        <Anchor component={Link} to={onward.to}>
          {onward.label}
        </Anchor>
      }
    >
      <Stack gap="md">
        {confirm.isError && (
          <Alert color="yellow" variant="light" icon={<WarningIcon />} role="alert">
            {unknownLink
              ? "This link is not valid. Check that you opened the whole link from the mail."
              : errorMessage(confirm.error)}
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          Until you confirm, you keep logging in with your current address.
        </Text>
        <Button onClick={() => confirm.mutate(token)} loading={confirm.isPending} fullWidth>
          Confirm new e-mail
        </Button>
      </Stack>
    </PublicLayout>
  );
}
