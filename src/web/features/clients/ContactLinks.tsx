import { Anchor } from "@mantine/core";
import { parsePhoneNumberFromString } from "libphonenumber-js/min";

/** An e-mail address that opens the user's mail program. */
export function EmailLink({ email }: { email: string }) {
  return (
    <Anchor href={`mailto:${email}`} inherit>
      {email}
    </Anchor>
  );
}

/**
 * A phone number that calls it (on a phone, or a computer set up for calls). A number saved
 * before the checks that cannot be read is shown as text.
 */
export function PhoneLink({ phone }: { phone: string }) {
  const parsed = parsePhoneNumberFromString(phone);
  if (!parsed) return <>{phone}</>;
  return (
    <Anchor href={parsed.getURI()} inherit style={{ whiteSpace: "nowrap" }}>
      {phone}
    </Anchor>
  );
}
