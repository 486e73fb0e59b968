import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError, api } from "./api.js";

function answer(status: number, body: unknown) {
  vi.stubGlobal(
    "fetch",
    vi.fn(
      async () =>
        new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } }),
    ),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("the API client", () => {
  it("returns the answer checked against its schema", async () => {
    answer(200, { name: "Tamm & Partners" });
    await expect(api.get("/company", z.object({ name: z.string() }))).resolves.toEqual({
      name: "Tamm & Partners",
    });
  });

  it("turns a validation error into field errors the form can show", async () => {
    answer(400, {
      error: {
        code: "validation_failed",
        message: "Some fields need attention.",
        details: [
          { field: "email", message: "Enter a valid e-mail address." },
          { field: "password", message: "Use at least 10 characters." },
        ],
      },
    });
    const error = await api.post("/auth/signup", {}, z.unknown()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: "validation_failed",
      fieldErrors: { email: "Enter a valid e-mail address.", password: "Use at least 10 characters." },
    });
  });

  it("knows a 401 means the session is over, but a wrong password does not", async () => {
    answer(401, { error: { code: "unauthenticated", message: "Please log in." } });
    const ended = await api.get("/me", z.unknown()).catch((e: unknown) => e);
    expect(ended instanceof ApiError && ended.isUnauthenticated).toBe(true);

    answer(401, { error: { code: "invalid_credentials", message: "The e-mail or password is not right." } });
    const refused = await api.post("/auth/login", {}, z.unknown()).catch((e: unknown) => e);
    expect(refused instanceof ApiError && refused.isUnauthenticated).toBe(false);
  });

  it("says so in words when Kontor cannot be reached or answers something unexpected", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    await expect(api.get("/me", z.unknown())).rejects.toMatchObject({
      code: "network",
      message: "Kontor could not be reached. Check your connection and try again.",
    });

    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("<html>Bad gateway</html>", { status: 502 })),
    );
    await expect(api.get("/me", z.unknown())).rejects.toMatchObject({
      code: "unexpected_response",
      status: 502,
    });

    answer(200, { unexpected: true });
    await expect(api.get("/me", z.object({ user: z.string() }))).rejects.toMatchObject({
      code: "unexpected_response",
    });
  });
});
