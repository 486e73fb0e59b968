import { Alert, Button, Group, Text } from "@mantine/core";
import { Link } from "react-router";
import { InfoIcon } from "../../../components/icons.js";
import { useCurrentUser } from "../../auth/current-user.js";
import { XERO_IMPORT_PATH } from "../../clients/xero-import-path.js";
import { useXeroConnection } from "../xero-api.js";
import { useLatestImport } from "./import-api.js";

/**
 * A preview fetched and not yet confirmed or discarded, shown outside the Xero dialog (the Xero
 * card, the Clients page) so it is not forgotten. Only to those who can confirm it.
 * `onReview` opens the dialog in place; without it the notice links to it.
 */
export function ImportWaitingNotice({ onReview }: { onReview?: () => void }) {
  const { canManage } = useCurrentUser();
  const connection = useXeroConnection({ enabled: canManage });
  const latest = useLatestImport({ enabled: canManage && Boolean(connection.data?.enabled) });
  if (!canManage || latest.data?.status !== "ready") return null;
  const review = onReview ? (
    <Button size="xs" variant="white" color="blue.8" onClick={onReview}>
      Review the import
    </Button>
  ) : (
    <Button size="xs" variant="white" color="blue.8" component={Link} to={XERO_IMPORT_PATH}>
      Review the import
    </Button>
  );
  return (
    <Alert color="blue" variant="light" icon={<InfoIcon />} role="status" p="xs">
      <Group justify="space-between" gap="xs">
        <Text size="sm">An import from Xero is waiting for your review.</Text>
        {review}
      </Group>
    </Alert>
  );
}
