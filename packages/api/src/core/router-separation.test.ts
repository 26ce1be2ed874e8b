import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";
import type { Database } from "@stepwise/db/client";
import { portalRouter } from "../portal/router";
import { staffRouter } from "../staff/router";

/** What each app's /api/trpc endpoint answers for a path, with nobody signed in. */
async function ask(router: typeof portalRouter | typeof staffRouter, path: string) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`),
    router,
    // No procedure below reaches the database: routing and authentication fail first.
    createContext: () => ({ db: {} as Database, caller: null }),
  });
  return { status: response.status, body: await response.text() };
}

describe("each app mounts only its own router", () => {
  it("the portal endpoint does not know the staff procedures", async () => {
    for (const path of ["roster.list", "clients.detail", "audit.search", "audit.export"]) {
      const answer = await ask(portalRouter, path);
      expect(answer.status).toBe(404);
      expect(answer.body).toContain("NOT_FOUND");
    }
  });

  it("the staff endpoint does not know the portal procedures", async () => {
    for (const path of ["plan.mine", "privacy.whoHasSeen"]) {
      const answer = await ask(staffRouter, path);
      expect(answer.status).toBe(404);
    }
  });

  it("known procedures ask a signed-out caller to sign in, with no stack trace or SQL", async () => {
    const answer = await ask(staffRouter, "roster.list");
    expect(answer.status).toBe(401);
    expect(answer.body).toContain("Please sign in to continue.");
    expect(answer.body).not.toMatch(/select |insert |at .*\.ts:\d+/i);
  });
});
