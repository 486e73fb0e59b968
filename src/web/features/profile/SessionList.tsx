import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import type { Session } from "../../../shared/api/account.js";
import { ItemList, ItemRow } from "../../components/ItemList.js";
import { formatDateTime } from "../../lib/dates.js";
import { notifyFailure, notifySuccess } from "../../lib/notify.js";
import { useEndOtherSessions, useEndSession } from "./profile-api.js";

function SessionRow({ session }: { session: Session }) {
  const end = useEndSession();
  const where = session.address ? ` (${session.address})` : "";
  return (
    <ItemRow
      title={
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {session.device}
          </Text>
          {session.current && (
            <Badge color="teal" variant="light" size="sm">
              This device
            </Badge>
          )}
        </Group>
      }
      details={
        <Text size="xs" c="dimmed">
          {session.address ? `${session.address} · ` : ""}Logged in {formatDateTime(session.createdAt)} ·{" "}
          {session.current ? "in use now" : `last seen ${formatDateTime(session.lastSeenAt)}`}
        </Text>
      }
      actions={
        !session.current && (
          <Button
            variant="subtle"
            color="red"
            size="xs"
            aria-label={`Log out ${session.device}${where}`}
            loading={end.isPending}
            onClick={() =>
              end.mutate(session.id, {
                onSuccess: () => notifySuccess(`${session.device}${where} is logged out.`),
                onError: (error) => notifyFailure(error, "Could not log it out"),
              })
            }
          >
            Log out
          </Button>
        )
      }
    />
  );
}

/** Where the person is logged in, this device first; each other one can be logged out. */
export function SessionList({ sessions }: { sessions: Session[] }) {
  const endOthers = useEndOtherSessions();
  const ordered = [...sessions].sort((a, b) => Number(b.current) - Number(a.current));
  const others = sessions.filter((s) => !s.current).length;
  return (
    <Stack gap="sm">
      <ItemList label="Sessions">
        {ordered.map((session) => (
          <SessionRow key={session.id} session={session} />
        ))}
      </ItemList>
      {others > 0 ? (
        <Group>
          <Button
            variant="default"
            loading={endOthers.isPending}
            onClick={() =>
              endOthers.mutate(undefined, {
                onSuccess: () => notifySuccess("You are logged out everywhere else."),
                onError: (error) => notifyFailure(error, "Could not log the other sessions out"),
              })
            }
          >
            Log out all other sessions
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          You are logged in on this device only.
        </Text>
      )}
    </Stack>
  );
}
