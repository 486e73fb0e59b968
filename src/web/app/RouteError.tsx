import { Alert, Button, Center, Stack, Text } from "@mantine/core";
import { useRouteError } from "react-router";
import { WarningIcon } from "../components/icons.js";
import { Wordmark } from "../components/Wordmark.js";

/** Last resort when a page fails to render: say so, and offer a reload. */
export function RouteError() {
  const error = useRouteError();
  console.error(error);
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack align="center" gap="lg" maw={480}>
        <Wordmark size="lg" />
        <Alert color="red" variant="light" icon={<WarningIcon />} title="This page stopped working" w="100%">
          <Text size="sm">Something went wrong while showing this page. Reloading usually helps.</Text>
          <Button mt="md" size="xs" color="red" variant="white" onClick={() => window.location.reload()}>
            Reload the page
          </Button>
        </Alert>
      </Stack>
    </Center>
  );
}
