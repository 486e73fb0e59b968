import { Button } from "@mantine/core";
import { Link } from "react-router";
import { EmptyState } from "../components/EmptyState.js";
import { InfoIcon } from "../components/icons.js";
import { PageHeader } from "../components/PageHeader.js";

/** An address inside the app that does not exist (an old bookmark, a mistyped link). */
export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState
        icon={<InfoIcon size={22} />}
        title="There is no page at this address"
        description="The link may be old or mistyped. Use the navigation, or go back to the dashboard."
        action={
          <Button component={Link} to="/">
            Go to the dashboard
          </Button>
        }
      />
    </>
  );
}
