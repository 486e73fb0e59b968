import { composeMail } from "../../lib/mail/compose-mail.js";

export function confirmEmailMail({ to, name, link }: { to: string; name: string; link: string }) {
  return composeMail({
    to,
    subject: "Confirm your new e-mail for Kontor",
    intro: [
      `Hello ${name},`,
      `You asked to log in to Kontor with ${to} from now on. Confirm that this address is yours.`,
    ],
    action: { label: "Confirm this address", url: link },
    outro: [
      "The link works once, for 24 hours. Until then you keep logging in with your current address.",
      "If you did not ask for this, ignore this mail: nothing changes.",
    ],
  });
}

export function emailChangedMail({ to, name, newEmail }: { to: string; name: string; newEmail: string }) {
  return composeMail({
    to,
    subject: "Your Kontor e-mail was changed",
    intro: [
      `Hello ${name},`,
      `You now log in to Kontor with ${newEmail} instead of this address, and Kontor's mail to you goes there.`,
    ],
    outro: ["If you did not make this change, tell your company's Owner at once."],
  });
}
