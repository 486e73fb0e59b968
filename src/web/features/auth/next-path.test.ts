import { describe, expect, it } from "vitest";
import { loginPathFor, nextPath } from "./next-path.js";

describe("after logging in", () => {
  it("returns to the page the user was sent away from", () => {
    expect(nextPath(new URLSearchParams(loginPathFor("/team?tab=invites").split("?")[1]))).toBe(
      "/team?tab=invites",
    );
  });

  it("goes to the dashboard when there is nowhere to return to", () => {
    expect(loginPathFor("/")).toBe("/login");
    expect(nextPath(new URLSearchParams(""))).toBe("/");
  });

  it("never leaves Kontor, whatever the link says", () => {
    for (const next of ["https://evil.example", "//evil.example/x", "javascript:alert(1)", "team"]) {
      expect(nextPath(new URLSearchParams({ next }))).toBe("/");
    }
  });
});
