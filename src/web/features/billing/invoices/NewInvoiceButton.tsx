import { Button } from "@mantine/core";
import { Link } from "react-router";
import { PlusIcon } from "../../../components/icons.js";
import { useApps } from "../../apps/apps-api.js";

/** On a client's page: a new invoice for this client, when the company uses Billing. */
export function NewInvoiceButton({ clientId }: { clientId: string }) {
  const billing = useApps().data?.find((app) => app.app === "billing");
  if (!billing?.enabled) return null;
  return (
    <Button
      component={Link}
      to={`/billing/invoices/new?clientId=${clientId}`}
      variant="default"
      leftSection={<PlusIcon size={16} />}
    >
      New invoice
    </Button>
  );
}
