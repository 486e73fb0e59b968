import { Paper, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useId } from "react";
import { PageHeader } from "../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { ChangePasswordForm } from "./ChangePasswordForm.js";
import { ProfileDetailsForm } from "./ProfileDetailsForm.js";
import { useProfile, useSessions } from "./profile-api.js";
import { SessionList } from "./SessionList.js";

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} fz="lg" fw={650} mb={description ? 4 : "md"} id={headingId}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed" mb="md">
          {description}
        </Text>
      )}
      {children}
    </Paper>
  );
}

/** /profile — the signed-in person's name, e-mail, password and sessions. */
export function ProfilePage() {
  const profile = useProfile();
  const sessions = useSessions();
  return (
    <>
      <PageHeader
        title="Profile"
        description="Your name, e-mail and password, and where you are logged in."
      />
      {profile.isPending ? (
        <LoadingState label="Loading your profile…" />
      ) : profile.isError ? (
        <ErrorState error={profile.error} onRetry={() => profile.refetch()} />
      ) : (
        <Stack gap="lg">
          <Section title="Your details">
            <ProfileDetailsForm
              key={`${profile.data.email} ${profile.data.pendingEmail?.email}`}
              profile={profile.data}
            />
          </Section>
          <Section title="Password">
            <ChangePasswordForm email={profile.data.email} />
          </Section>
          <Section
            title="Where you are logged in"
            description="Log out a device you no longer use, or one you do not recognise (then change your password too)."
          >
            {sessions.isPending ? (
              <LoadingState label="Loading your sessions…" />
            ) : sessions.isError ? (
              <ErrorState error={sessions.error} onRetry={() => sessions.refetch()} />
            ) : (
              <SessionList sessions={sessions.data} />
            )}
          </Section>
        </Stack>
      )}
    </>
  );
}
