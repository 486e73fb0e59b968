import { Button, Group, TextInput } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { CheckIcon, CopyIcon } from "./icons.js";

interface CopyFieldProps {
  label: string;
  value: string;
  description?: string;
  /** Put focus on the Copy button when the field appears (copying is what the user does next). */
  focusCopyButton?: boolean;
}

/**
 * A read-only value (an invite link, a token) with a Copy button. Falls back to selecting the
 * text when the browser does not allow writing to the clipboard (e.g. on plain http).
 */
export function CopyField({ label, value, description, focusCopyButton = false }: CopyFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [state, setState] = useState<"idle" | "copied" | "select">("idle");

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the field appears
  useEffect(() => {
    if (focusCopyButton) button.current?.focus();
  }, []);

  useEffect(() => {
    if (state !== "copied") return;
    const timer = window.setTimeout(() => setState("idle"), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      input.current?.select();
      setState("select");
    }
  }

  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        ref={input}
        label={label}
        description={description}
        value={value}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        error={
          state === "select"
            ? "Your browser blocked copying. The text is selected: press Ctrl+C (⌘C)."
            : undefined
        }
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 13 } }}
        style={{ flex: 1, minWidth: 0 }}
      />
      <Button
        ref={button}
        data-autofocus={focusCopyButton || undefined}
        variant={state === "copied" ? "light" : "filled"}
        color={state === "copied" ? "teal" : undefined}
        leftSection={state === "copied" ? <CheckIcon size={16} /> : <CopyIcon size={16} />}
        onClick={copy}
        style={{ flexShrink: 0, alignSelf: state === "select" ? "center" : undefined }}
        aria-label={state === "copied" ? `${label} copied` : `Copy ${label.toLowerCase()}`}
      >
        {state === "copied" ? "Copied" : "Copy"}
      </Button>
    </Group>
  );
}
