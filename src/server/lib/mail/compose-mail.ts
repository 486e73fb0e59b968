import type { MailMessage } from "./mailer.js";

interface MailContent {
  to: string;
  subject: string;
  /** Paragraphs before the link. */
  intro: string[];
  /** The one thing the mail asks the reader to do. */
  action?: { label: string; url: string };
  /** Paragraphs after the link: how long it works, what to do if the mail was not expected. */
  outro?: string[];
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const paragraph = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`;

/** A mail in Kontor's plain style: text for every mail program, and the same as simple HTML. */
export function composeMail({ to, subject, intro, action, outro = [] }: MailContent): MailMessage {
  const text = [...intro, ...(action ? [`${action.label}:\n${action.url}`] : []), ...outro, "— Kontor"].join(
    "\n\n",
  );
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1c7ed6;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(action.label)}</a></p>` +
      `<p style="margin:0 0 16px;color:#666;font-size:13px">Or open this link: ${escapeHtml(action.url)}</p>`
    : "";
  const html =
    `<div style="font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:15px;line-height:1.5;color:#222;max-width:560px">` +
    intro.map(paragraph).join("") +
    button +
    outro.map(paragraph).join("") +
    `<p style="margin:24px 0 0;color:#666">— Kontor</p></div>`;
  return { to, subject, text, html };
}

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "22 January 2026", as a mail says when a link expires. */
export function mailDate(date: Date): string {
  return dateFormat.format(date);
}
