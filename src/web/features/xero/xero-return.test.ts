import { describe, expect, it } from "vitest";
import { CALLBACK_ERRORS } from "../../../shared/api/integrations.js";
import { RETURN_ERROR_MESSAGES, readXeroReturn } from "./xero-return.js";

function read(query: string) {
  return readXeroReturn(new URLSearchParams(query));
}

describe("coming back from Xero", () => {
  it("reads each outcome the callback sends", () => {
    expect(read("xero=connected")).toEqual({ kind: "connected" });
    expect(read("xero=choose")).toEqual({ kind: "choose" });
    expect(read("xero=switch&organisation=t-2")).toEqual({ kind: "switch", organisationId: "t-2" });
    expect(read("xero_error=access_denied")).toEqual({ kind: "error", code: "access_denied" });
  });

  it("is nothing at all on an ordinary visit", () => {
    expect(read("")).toBeNull();
    expect(read("tab=members")).toBeNull();
  });

  it("treats anything it does not know, or a switch without its organisation, as an unfinished authorization", () => {
    expect(read("xero_error=teapot")).toEqual({ kind: "error", code: "unknown" });
    expect(read("xero=switch")).toEqual({ kind: "error", code: "unknown" });
    expect(read("xero=maybe")).toEqual({ kind: "error", code: "unknown" });
  });

  it("has a message saying what happened and what to do for every error code", () => {
    for (const code of CALLBACK_ERRORS) {
      const { title, message } = RETURN_ERROR_MESSAGES[code];
      expect(title.length).toBeGreaterThan(10);
      expect(message).toMatch(/Nothing changed|nothing changed/);
    }
  });
});
