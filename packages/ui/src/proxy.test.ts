import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { createSecurityProxy } from "./proxy";

const portal = "http://portal.example.org";
const staff = "http://staff.example.org";

const proxy = createSecurityProxy({
  sessionCookieName: "stepwise-portal.session-token",
  env: () => ({ NODE_ENV: "production", NEXTAUTH_URL: portal }),
  publicPaths: ["/sign-in"],
  routePaths: ["/api", "/calendar"],
});

/** A request as the browser sends it to the portal, signed in (its session cookie), from `origin`. */
function request(method: string, path: string, origin?: string, headers: Record<string, string> = {}) {
  return new NextRequest(`${portal}${path}`, {
    method,
    headers: {
      cookie: "stepwise-portal.session-token=a-session",
      host: "portal.example.org",
      ...(origin === undefined ? {} : { origin }),
      ...headers,
    },
  });
}

/** Whether the proxy let the request through to the route (Next's "continue" marker). */
const passedOn = (response: Response) => response.headers.get("x-middleware-next") === "1";

describe("the proxy's origin check", () => {
  const stateChanging = [
    ["a tRPC mutation", "POST", "/api/trpc/calendar.turnOff"],
    ["next-auth's sign-out", "POST", "/api/auth/signout"],
    ["a server action on a page", "POST", "/calendar"],
    ["any other method", "DELETE", "/api/trpc/calendar.turnOff"],
  ] as const;

  it.each(stateChanging)("refuses %s from a foreign, null or missing origin, and from the other app", async (_what, method, path) => {
    for (const origin of ["http://evil.example", "null", undefined, staff, "http://portal.example.org:8080", "https://portal.example.org"]) {
      const response = proxy(request(method, path, origin));
      expect(response.status, `${method} ${path} from ${origin}`).toBe(403);
      expect(passedOn(response)).toBe(false);
      expect(response.headers.get("content-type")).toContain("text/plain");
      expect(await response.text()).toMatch(/didn't come from this site's own pages/);
    }
  });

  it.each(stateChanging)("lets %s from the app's own origin through", (_what, method, path) => {
    expect(passedOn(proxy(request(method, path, portal)))).toBe(true);
  });

  it("lets reads through whatever their origin: GET, HEAD and OPTIONS change nothing", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(passedOn(proxy(request(method, "/api/trpc/calendar.status", "http://evil.example")))).toBe(true);
      expect(passedOn(proxy(request(method, "/")))).toBe(true);
    }
  });

  it("does not believe a prefetch header: a forged POST carrying one is refused all the same", () => {
    expect(proxy(request("POST", "/calendar", "http://evil.example", { "next-router-prefetch": "1" })).status).toBe(403);
  });

  it("without NEXTAUTH_URL, takes the Host the browser addressed, never Next's listening address", () => {
    const local = createSecurityProxy({ sessionCookieName: "s", env: () => ({ NODE_ENV: "development" }) });
    // `next start --hostname 127.0.0.1` makes that the request URL whatever the browser used.
    const at = (origin: string) =>
      local(new NextRequest("http://127.0.0.1:3000/api/trpc/x", { method: "POST", headers: { host: "localhost:3000", origin } }));
    expect(passedOn(at("http://localhost:3000"))).toBe(true);
    expect(at("http://127.0.0.1:3000").status).toBe(403);
    expect(at("http://localhost:3001").status).toBe(403);
  });
});

describe("the proxy's page work", () => {
  it("sends a page without a session cookie to sign-in, and leaves route handlers to answer for themselves", () => {
    const signedOut = (path: string) => proxy(new NextRequest(`${portal}${path}`, { headers: { host: "portal.example.org" } }));
    expect(signedOut("/schedule").headers.get("location")).toBe(`${portal}/sign-in?callbackUrl=%2Fschedule`);
    expect(passedOn(signedOut("/calendar/abc.ics"))).toBe(true);
    expect(passedOn(signedOut("/api/auth/session"))).toBe(true);
    expect(signedOut("/api/auth/session").headers.get("content-security-policy")).toBeNull();
  });

  it("gives a page its nonce and keeps it out of caches", () => {
    const response = proxy(request("GET", "/"));
    expect(response.headers.get("content-security-policy")).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });
});
