import { Alert, Stack, Text } from "@mantine/core";
import { EmptyState } from "../../components/EmptyState.js";
import { InfoIcon, MailIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { useCurrentUser } from "../auth/current-user.js";
import { OutboxMessages } from "./OutboxMessages.js";
import { useOutbox } from "./outbox-api.js";

/** /outbox — the mail Kontor keeps instead of sending it, when no mail server is set up. */
export function OutboxPage() {
  const { canManage } = useCurrentUser();
  const outbox = useOutbox({ enabled: canManage });
  const header = (
    <PageHeader
      title="Outbox"
      description="The mail Kontor keeps when it has no mail server to send it with."
    />
  );

  if (!canManage) {
    return (
      <>
        {header}
        <Alert color="blue" variant="light" icon={<InfoIcon />}>
          Only the Company Owner or a Company Admin can read the Outbox.
        </Alert>
      </>
    );
  }
  if (outbox.isPending)
    return (
      <>
        {header}
        <LoadingState label="Loading the Outbox…" />
      </>
    );
  if (outbox.isError)
    return (
      <>
        {header}
        <ErrorState error={outbox.error} onRetry={() => outbox.refetch()} />
      </>
    );
  if (outbox.data.delivery === "smtp") {
    return (
      <>
        {header}
        <Alert color="blue" variant="light" icon={<InfoIcon />} title="Mail is sent, not kept">
          Kontor sends its mail through your mail server (SMTP_URL), so invites and password reset links reach
          people by e-mail and nothing is kept here.
        </Alert>
      </>
    );
  }
  return (
    <>
      {header}
      <Stack gap="lg">
        <Alert
          color="grape"
          variant="light"
          icon={<InfoIcon />}
          title="Kontor runs without a mail server"
          role="note"
        >
          <Text size="sm">
            SMTP_URL is not set, so the mail Kontor would send is kept here for 30 days: invites, password
            reset links and e-mail confirmations. Pass each on to the person it is for, and to no one else:
            its link lets them join your company or into their account. Mail about the Company Owner's account
            is shown to the Owner only.
          </Text>
        </Alert>
        {outbox.data.messages.length === 0 ? (
          <EmptyState
            icon={<MailIcon size={22} />}
            title="No mail yet"
            description="Invites, password reset links and e-mail confirmations appear here when Kontor would send them."
          />
        ) : (
          <OutboxMessages messages={outbox.data.messages} />
        )}
      </Stack>
    </>
  );
}
