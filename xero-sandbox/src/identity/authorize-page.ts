/**
 * Server-rendered login and consent screens in Xero's style. Real <label>s and button names
 * ("Email address", "Password", "Log in", "Allow access", "Cancel") so browser tests can drive
 * them by their accessible names; errors are announced (role="alert") and tied to the fields
 * they are about (aria-invalid, aria-describedby), and focus starts where the user has to act.
 * The forms carry only the login transaction id.
 */

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const STYLE = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;background:#eef2f5;color:#1e3240}
.banner{background:#1e3240;color:#fff;font-size:13px;text-align:center;padding:6px 16px}
.banner strong{font-weight:600}
main{max-width:432px;margin:40px auto 24px;padding:0 16px}
.card{background:#fff;border-radius:8px;box-shadow:0 1px 2px rgba(30,50,64,.12),0 4px 16px rgba(30,50,64,.08);padding:32px}
.logo{width:56px;height:56px;border-radius:50%;background:#13b5ea;color:#fff;display:flex;align-items:center;justify-content:center;margin:0 auto 20px;font-weight:700;font-size:17px;letter-spacing:-.5px}
h1{font-size:22px;line-height:1.3;margin:0 0 4px;text-align:center}
.lede{text-align:center;color:#4a5f6d;margin:0 0 24px}
.field{margin:0 0 16px}
label{display:block;font-weight:600;font-size:14px;margin:0 0 6px}
input[type=email],input[type=password]{width:100%;padding:10px 12px;border:1px solid #8a9ba8;border-radius:4px;font:inherit;color:inherit;background:#fff}
input[aria-invalid=true]{border-color:#c4291c;box-shadow:inset 0 0 0 1px #c4291c}
.field-error{color:#c4291c;font-size:13px;margin:6px 0 0}
:focus-visible{outline:3px solid #0078c8;outline-offset:2px}
input:focus-visible{outline-offset:0}
fieldset{border:1px solid #d5dde3;border-radius:6px;margin:0 0 20px;padding:8px 16px 12px}
fieldset[aria-invalid=true]{border-color:#c4291c}
legend{font-weight:600;font-size:14px;padding:0 4px}
.option{display:flex;align-items:center;gap:10px;padding:6px 0}
.option input{width:18px;height:18px;margin:0;accent-color:#0078c8}
.option label{display:inline;margin:0;font-weight:400;font-size:15px}
.org{display:flex;align-items:center;gap:10px;border:1px solid #d5dde3;border-radius:6px;padding:10px 12px;margin:0 0 20px}
.org .badge{width:32px;height:32px;border-radius:6px;background:#e6f6fd;color:#0b6fa4;font-weight:700;display:flex;align-items:center;justify-content:center;flex:none}
h2{font-size:15px;margin:0 0 8px}
ul.permissions{list-style:none;padding:0;margin:0 0 8px}
ul.permissions li{position:relative;padding:4px 0 4px 26px}
ul.permissions li::before{content:"";position:absolute;left:4px;top:10px;width:10px;height:5px;border-left:2px solid #1a7f37;border-bottom:2px solid #1a7f37;transform:rotate(-45deg)}
.actions{display:flex;flex-direction:column;gap:10px;margin-top:24px}
button{width:100%;padding:11px 20px;border-radius:4px;font:inherit;font-weight:600;cursor:pointer;border:1px solid #0078c8}
button.primary{background:#0078c8;color:#fff}
button.primary:hover{background:#0066ab}
button.secondary{background:#fff;color:#0066ab}
button.secondary:hover{background:#f0f7fc}
.alert{background:#fdecea;border:1px solid #c4291c;color:#8a1f14;border-radius:4px;padding:10px 12px;margin:0 0 20px}
.alert .code{display:block;font-weight:600}
.who{text-align:center;color:#4a5f6d;font-size:14px;margin:0 0 20px}
.who a,.help a{color:#0066ab}
.muted{color:#4a5f6d;font-size:13px}
.help{margin:20px 0 0;padding:12px 14px;border-radius:6px;background:#f5f8fa;border:1px dashed #b9c6cf;color:#4a5f6d;font-size:13px}
.help p{margin:0 0 4px}
.help p:last-child{margin:0}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px;background:#e8eef2;border-radius:3px;padding:1px 4px;color:#1e3240;overflow-wrap:anywhere}
@media (max-width:480px){main{margin-top:16px;padding:0 8px}.card{padding:24px 20px}}
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} | Xero (sandbox)</title>
<style>${STYLE}</style>
</head>
<body>
<div class="banner" role="note"><strong>Xero sandbox</strong> · a stand-in for Xero on this machine; nothing here reaches the real Xero</div>
<main>
<div class="card">
<div class="logo" role="img" aria-label="Xero">xero</div>
${body}
</div>
</main>
</body>
</html>`;
}

function alertBox(message: string | undefined): string {
  return message ? `<div class="alert" role="alert" id="form-error">${escapeHtml(message)}</div>` : "";
}

/** A sandbox user the login page may name, so a newcomer can try the flow offline. */
export interface LoginHint {
  email: string;
  password: string;
  organisations: number;
}

export interface LoginPageInput {
  transactionId: string;
  appName: string;
  email?: string;
  /** Shown above the form (wrong e-mail or password). */
  error?: string;
  /** Messages for one field, shown under it. */
  fieldErrors?: { email?: string; password?: string };
  hints?: readonly LoginHint[];
}

function hintsBox(hints: readonly LoginHint[] | undefined): string {
  if (!hints || hints.length === 0) return "";
  const users = hints
    .map(
      (h) =>
        `<code>${escapeHtml(h.email)}</code> / <code>${escapeHtml(h.password)}</code> (${h.organisations} organisation${h.organisations === 1 ? "" : "s"})`,
    )
    .join("<br>");
  return `<div class="help"><p><strong>Sandbox users</strong></p><p>${users}</p></div>`;
}

export function loginPage(input: LoginPageInput): string {
  const email = input.fieldErrors?.email;
  const password = input.fieldErrors?.password;
  // Focus where the user has to act: the field in error, else the first empty one.
  const focus = email ? "email" : password || input.error || input.email ? "password" : "email";
  const describedBy = (own: string | undefined, id: string) =>
    [own ? `${id}-error` : "", input.error ? "form-error" : ""].filter(Boolean).join(" ");
  const attrs = (id: "email" | "password", own: string | undefined) => {
    const described = describedBy(own, id);
    return `${own || input.error ? ' aria-invalid="true"' : ""}${described ? ` aria-describedby="${described}"` : ""}${focus === id ? " autofocus" : ""}`;
  };
  const fieldError = (id: string, message: string | undefined) =>
    message ? `<p class="field-error" id="${id}-error">${escapeHtml(message)}</p>` : "";
  const summary =
    input.error ?? (email || password ? "Check the highlighted fields and try again." : undefined);
  return layout(
    "Log in",
    `<h1>Log in to Xero</h1>
<p class="lede">to connect <strong>${escapeHtml(input.appName)}</strong></p>
${alertBox(summary)}
<form method="post" action="/identity/connect/authorize/login" novalidate>
<input type="hidden" name="tx" value="${escapeHtml(input.transactionId)}">
<div class="field">
<label for="email">Email address</label>
<input id="email" name="email" type="email" autocomplete="username" spellcheck="false" required aria-required="true" value="${escapeHtml(input.email ?? "")}"${attrs("email", email)}>
${fieldError("email", email)}
</div>
<div class="field">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required aria-required="true"${attrs("password", password)}>
${fieldError("password", password)}
</div>
<div class="actions"><button class="primary" type="submit">Log in</button></div>
</form>
${hintsBox(input.hints)}`,
  );
}

export interface ConsentOrganisation {
  tenantId: string;
  name: string;
}

export function consentPage(input: {
  transactionId: string;
  appName: string;
  userName: string;
  organisations: ConsentOrganisation[];
  choose: boolean;
  permissions: string[];
  error?: string;
  /** Where "Use another account" leads: the login step of the same sign-in. */
  switchUserUrl?: string;
}): string {
  const initials = (name: string) =>
    name
      .split(/\s+/)
      .filter((w) => /^[A-Za-z]/.test(w))
      .slice(0, 2)
      .map((w) => w.charAt(0).toUpperCase())
      .join("");
  const orgs = input.choose
    ? `<fieldset${input.error ? ' aria-invalid="true" aria-describedby="form-error"' : ""}>
<legend>Select the organisations to connect</legend>
${input.organisations
  .map(
    (o, i) =>
      `<div class="option"><input type="checkbox" id="tenant-${escapeHtml(o.tenantId)}" name="tenantId" value="${escapeHtml(o.tenantId)}"${input.error && i === 0 ? " autofocus" : ""}><label for="tenant-${escapeHtml(o.tenantId)}">${escapeHtml(o.name)}</label></div>`,
  )
  .join("\n")}
</fieldset>`
    : input.organisations
        .map(
          (o) =>
            `<div class="org"><span class="badge" aria-hidden="true">${escapeHtml(initials(o.name))}</span><span>Organisation: <strong>${escapeHtml(o.name)}</strong></span></div><input type="hidden" name="tenantId" value="${escapeHtml(o.tenantId)}">`,
        )
        .join("\n");
  const switchUser = input.switchUserUrl
    ? ` · <a href="${escapeHtml(input.switchUserUrl)}">Use another account</a>`
    : "";
  return layout(
    "Allow access",
    `<h1>${escapeHtml(input.appName)} wants to access your Xero data</h1>
<p class="who">Logged in as ${escapeHtml(input.userName)}${switchUser}</p>
${alertBox(input.error)}
<form method="post" action="/identity/connect/authorize/consent">
<input type="hidden" name="tx" value="${escapeHtml(input.transactionId)}">
${orgs}
<h2>${escapeHtml(input.appName)} will be able to</h2>
<ul class="permissions">
${input.permissions.map((p) => `<li>${escapeHtml(p)}</li>`).join("\n")}
</ul>
<p class="muted">You can remove this access at any time in Xero under Settings, Connected apps.</p>
<div class="actions">
<button class="primary" type="submit" name="action" value="allow">Allow access</button>
<button class="secondary" type="submit" name="action" value="cancel">Cancel</button>
</div>
</form>`,
  );
}

export function errorPage(input: { error: string; description: string; hint?: string }): string {
  return layout(
    "Error",
    `<h1>Sorry, something went wrong</h1>
<p class="lede">Xero could not start this sign-in.</p>
<div class="alert" role="alert"><span class="code">Error: ${escapeHtml(input.error)}</span>${escapeHtml(input.description)}</div>
<p class="muted">Go back to the app you came from and try connecting again.</p>
${input.hint ? `<div class="help"><p><strong>Sandbox</strong></p><p>${input.hint}</p></div>` : ""}`,
  );
}
