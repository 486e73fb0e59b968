import { Anchor } from "@mantine/core";
import { useCurrentUser } from "../auth/current-user.js";
import { useSupport } from "./support-api.js";

/**
 * "Plans are changed by Kontor's operator: contact Kontor…", inline in a text. "Contact Kontor"
 * writes to SUPPORT_EMAIL; without one the user is told to ask the operator, with no dead link.
 */
export function PlanChangeNote() {
  const { company } = useCurrentUser();
  const support = useSupport();
  const email = support.data?.email;
  if (!email) {
    return (
      <>
        Plans are changed by Kontor's operator, not in the app: ask them to move your company to another plan.
      </>
    );
  }
  const subject = encodeURIComponent(`Kontor plan for ${company.name}`);
  return (
    <>
      Plans are changed by Kontor's operator, not in the app:{" "}
      <Anchor href={`mailto:${email}?subject=${subject}`} title={email} inherit>
        contact Kontor
      </Anchor>{" "}
      to move to another plan.
    </>
  );
}
