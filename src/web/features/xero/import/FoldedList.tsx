import { Collapse, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import { type ReactNode, useId, useState } from "react";
import { ChevronDownIcon, ChevronUpIcon } from "../../../components/icons.js";

/** A part of the preview folded away until asked for: suppliers, or contacts that did not change. */
export function FoldedList(props: { title: string; note: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <Stack gap="xs">
      <UnstyledButton onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={id}>
        <Group gap={6}>
          {open ? <ChevronUpIcon size={16} /> : <ChevronDownIcon size={16} />}
          <Text size="sm" fw={600}>
            {props.title}
          </Text>
          <Text size="xs" c="dimmed">
            {props.note}
          </Text>
        </Group>
      </UnstyledButton>
      <Collapse expanded={open} id={id}>
        {open && props.children}
      </Collapse>
    </Stack>
  );
}
