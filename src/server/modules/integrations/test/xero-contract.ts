import {
  findXeroOpenApiDir,
  loadXeroContract,
} from "../../../../../xero-sandbox/src/contract/openapi-validator.js";
import type { RecordedXeroCall } from "../../../test/test-app.js";

export const xeroOpenApiDir = findXeroOpenApiDir(import.meta.dirname);
export const contractSkipReason = xeroOpenApiDir
  ? ""
  : " (skipped: ../shared/xero-openapi not found beside the repository)";

/**
 * Checks Kontor's calls to Xero's APIs against Xero's own OpenAPI files: each request, and each
 * documented answer. Identity calls (discovery, token, revocation) follow OpenID Connect and
 * OAuth 2 and are not in those files. Strict: a field Xero does not declare is reported too. Answers the problems found, and how many calls were checked.
 */
export function contractProblems(calls: RecordedXeroCall[]): { checked: number; problems: string[] } {
  if (!xeroOpenApiDir) throw new Error("Xero's OpenAPI files are not available");
  const contract = loadXeroContract(xeroOpenApiDir);
  const problems: string[] = [];
  let checked = 0;
  for (const call of calls) {
    const url = new URL(call.url);
    const apiPath = url.pathname.replace(/^.*?\/api(?=\/)/, "");
    if (url.pathname.includes("/identity/")) continue;
    checked++;
    const body = call.body ? (JSON.parse(call.body) as unknown) : undefined;
    const label = `${call.method} ${apiPath}${url.search}`;
    for (const p of contract.validateRequest({
      method: call.method,
      path: apiPath,
      query: url.searchParams,
      headers: call.headers,
      strict: true,
      body,
    })) {
      problems.push(`${label} request: ${p}`);
    }
    const responseBody = call.responseBody ? (JSON.parse(call.responseBody) as unknown) : undefined;
    for (const p of contract.validateResponse({
      method: call.method,
      path: apiPath,
      status: call.status,
      body: responseBody,
      strict: true,
    })) {
      problems.push(`${label} response ${call.status}: ${p}`);
    }
  }
  return { checked, problems };
}
