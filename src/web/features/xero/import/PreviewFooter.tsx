import { Button, Group, Paper, Text } from "@mantine/core";

interface PreviewFooterProps {
  selected: number;
  total: number;
  confirming: boolean;
  fetchingAgain: boolean;
  onFetchAgain: () => void;
  onConfirm: () => void;
  onDiscard: () => void;
}

/** Below the preview, always in sight: how many are selected, Discard, Fetch again and Confirm. */
export function PreviewFooter(props: PreviewFooterProps) {
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      shadow="sm"
      style={{ position: "sticky", bottom: 0, zIndex: 2 }}
      bg="white"
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm" fw={500} aria-live="polite">
          {props.selected.toLocaleString("en-GB")} of {props.total.toLocaleString("en-GB")} contacts selected
        </Text>
        <Group gap="sm">
          <Button variant="subtle" color="red" onClick={props.onDiscard} disabled={props.confirming}>
            Discard
          </Button>
          <Button
            variant="default"
            onClick={props.onFetchAgain}
            loading={props.fetchingAgain}
            disabled={props.confirming}
          >
            Fetch again
          </Button>
          <Button onClick={props.onConfirm} loading={props.confirming} disabled={props.selected === 0}>
            Confirm
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
