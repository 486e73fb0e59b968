import { Alert } from "@mantine/core";
import { WarningIcon } from "./icons.js";

/** A form-level error (not tied to one field), announced to screen readers. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" icon={<WarningIcon />} role="alert">
      {message}
    </Alert>
  );
}
