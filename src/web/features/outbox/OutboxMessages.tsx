import { Accordion, Anchor, Paper, Stack, Text } from "@mantine/core";
import { Fragment } from "react";
import type { OutboxMessage } from "../../../shared/api/outbox.js";
import { CopyField } from "../../components/CopyField.js";
import { formatDateTime } from "../../lib/dates.js";

const LINK = /(https?:\/\/[^\s<>"]+)/g;

/** The text cut into plain pieces and links, each keyed by where it starts. */
function pieces(text: string): { at: number; text: string; link: boolean }[] {
  const out: { at: number; text: string; link: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    if (match.index > at) out.push({ at, text: text.slice(at, match.index), link: false });
    out.push({ at: match.index, text: match[0], link: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push({ at, text: text.slice(at), link: false });
  return out;
}

/** The mail's text as written, its links clickable. */
function MailText({ text }: { text: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
      {pieces(text).map((piece) =>
        piece.link ? (
          <Anchor key={piece.at} href={piece.text} target="_blank" rel="noopener noreferrer">
            {piece.text}
          </Anchor>
        ) : (
          <Fragment key={piece.at}>{piece.text}</Fragment>
        ),
      )}
    </Text>
  );
}

/** Kept mail, newest first; open one to read it and copy its link. */
export function OutboxMessages({ messages }: { messages: OutboxMessage[] }) {
  return (
    <Paper withBorder radius="md">
      <Accordion aria-label="Kept mail" chevronPosition="right" variant="default">
        {messages.map((message) => {
          const link = message.text.match(LINK)?.[0];
          return (
            <Accordion.Item key={message.id} value={message.id}>
              <Accordion.Control aria-label={`${message.subject}, to ${message.to}`}>
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {message.subject}
                  </Text>
                  <Text size="xs" c="dimmed">
                    To {message.to} · {formatDateTime(message.createdAt)}
                  </Text>
                </Stack>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="md">
                  <MailText text={message.text} />
                  {link && <CopyField label="Link in this mail" value={link} />}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Paper>
  );
}
