import { Alert, Button, Center, Group, Loader, Text } from "@mantine/core";
import { errorMessage } from "../lib/api.js";
import { WarningIcon } from "./icons.js";

/** While a page's data loads. */
export function LoadingState({ label }: { label: string }) {
  return (
    <Center py={60} role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{label}</Text>
      </Group>
    </Center>
  );
}

/** When a page's data could not be loaded: the reason and a way to try again. */
export function ErrorState({
  error,
  title = "This could not be loaded",
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}) {
  return (
    <Alert color="red" variant="light" title={title} icon={<WarningIcon />} role="alert">
      <Text size="sm">{errorMessage(error)}</Text>
      {onRetry && (
        <Button variant="white" color="red" size="xs" mt="sm" onClick={onRetry}>
          Try again
        </Button>
      )}
    </Alert>
  );
}
