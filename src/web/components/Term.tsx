import { Text, Tooltip } from "@mantine/core";
import type { ReactNode } from "react";

interface TermProps {
  /** What the word means, in a sentence. */
  definition: string;
  children: ReactNode;
  strong?: boolean;
}

/** A word of the trade, underlined with dots; hovering, focusing or tapping it explains it. */
export function Term({ definition, children, strong = false }: TermProps) {
  return (
    <Tooltip
      label={definition}
      multiline
      w={300}
      withArrow
      events={{ hover: true, focus: true, touch: true }}
    >
      <Text
        span
        inherit
        fw={strong ? 700 : undefined}
        tabIndex={0}
        style={{ textDecoration: "underline dotted", textUnderlineOffset: 3, cursor: "help" }}
      >
        {children}
      </Text>
    </Tooltip>
  );
}
