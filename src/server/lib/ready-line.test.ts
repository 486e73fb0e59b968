import { describe, expect, it } from "vitest";
import { announceReady } from "./ready-line.js";

function printed(logLevel: string): string {
  let text = "";
  announceReady({ write: (chunk: string) => (text += chunk) }, "http://localhost:3000", logLevel);
  return text;
}

describe("the ready line", () => {
  it("is one plain line with Kontor's address at every log level but silent", () => {
    expect(printed("info")).toBe("Kontor is ready on http://localhost:3000\n");
    expect(printed("error")).toBe("Kontor is ready on http://localhost:3000\n");
    expect(printed("silent")).toBe("");
  });
});
