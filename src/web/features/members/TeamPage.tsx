import { Button, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { EmptyState } from "../../components/EmptyState.js";
import { MailIcon, PlusIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { useCurrentUser } from "../auth/current-user.js";
import { InviteMemberDialog } from "./InviteMemberDialog.js";
import { MemberList } from "./MemberList.js";
import { useMembers } from "./members-api.js";
import { PendingInvites } from "./PendingInvites.js";

export function TeamPage() {
  const { company, canManage } = useCurrentUser();
  const members = useMembers();
  const [inviting, invite] = useDisclosure(false);

  const inviteButton = (
    <Button leftSection={<PlusIcon size={16} />} onClick={invite.open}>
      Invite member
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Team"
        description={
          canManage
            ? `The people of ${company.name}. Invite colleagues, change their roles or remove them.`
            : `The people of ${company.name}. The Company Owner and Admins manage the team.`
        }
        actions={canManage ? inviteButton : undefined}
      />
      {members.isPending ? (
        <LoadingState label="Loading the team…" />
      ) : members.isError ? (
        <ErrorState error={members.error} onRetry={() => members.refetch()} />
      ) : (
        <Stack gap="xl">
          <MemberList members={members.data.members} />
          {canManage && members.data.members.length === 1 && members.data.invites.length === 0 && (
            <EmptyState
              icon={<MailIcon size={22} />}
              title="You are the only one here"
              description="Invite your colleagues: each gets a link to set their password and join your company."
              action={inviteButton}
            />
          )}
          {canManage && (
            <Stack gap="sm">
              <Title order={2} fz="lg" fw={650}>
                Open invites
              </Title>
              {members.data.invites.length > 0 && (
                <Text size="sm" c="dimmed">
                  These people have a link but have not joined yet.
                </Text>
              )}
              <PendingInvites invites={members.data.invites} />
            </Stack>
          )}
        </Stack>
      )}
      {canManage && <InviteMemberDialog opened={inviting} onClose={invite.close} />}
    </>
  );
}
