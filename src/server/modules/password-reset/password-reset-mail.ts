import { composeMail } from "../../lib/mail/compose-mail.js";

export function passwordResetMail({ to, name, link }: { to: string; name: string; link: string }) {
  return composeMail({
    to,
    subject: "Reset your Kontor password",
    intro: [`Hello ${name},`, "Someone (we hope you) asked to reset the password of your Kontor account."],
    action: { label: "Choose a new password", url: link },
    outro: [
      "The link works once, for one hour. Setting a new password logs your account out everywhere else.",
      "If you did not ask for this, ignore this mail: your password stays as it is.",
    ],
  });
}
