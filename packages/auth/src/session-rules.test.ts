import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sessionAbsoluteLifetimeMs, sessionEndReason, sessionIdleTimeoutMs } from "./session";
import { parseSessionClaims } from "./session-claims";
import { mayUseApp, toSessionUser, type AccountRow } from "./session-user";

const start = new Date("2025-03-03T08:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const minute = 60_000;

describe("session limits", () => {
  it("are 30 minutes idle and 12 hours in all", () => {
    expect(sessionIdleTimeoutMs).toBe(30 * minute);
    expect(sessionAbsoluteLifetimeMs).toBe(12 * 60 * minute);
  });

  it.each([
    ["live right after sign-in", { lastSeenAt: start }, at(minute), null],
    ["live at exactly 30 idle minutes", { lastSeenAt: start }, at(30 * minute), null],
    ["idle after 30 minutes and a second", { lastSeenAt: start }, at(30 * minute + 1000), "idle"],
    ["expired after 12 hours though active", { lastSeenAt: at(12 * 60 * minute) }, at(12 * 60 * minute + 1000), "expired"],
    ["ended once signed out", { lastSeenAt: start, endedAt: at(minute) }, at(2 * minute), "ended"],
  ] as const)("%s", (_label, times, now, expected) => {
    const session = { createdAt: start, endedAt: null, ...times };
    expect(sessionEndReason(session, now)).toBe(expected);
  });
});

describe("which accounts may use which app", () => {
  it.each([
    ["client", "portal", true],
    ["family", "portal", true],
    ["staff", "portal", false],
    ["client", "staff", false],
    ["family", "staff", false],
    ["staff", "staff", true],
  ] as const)("%s in the %s app: %s", (kind, app, expected) => {
    expect(mayUseApp(kind, app)).toBe(expected);
  });

  const base: AccountRow = {
    userId: randomUUID(),
    email: "someone@example.org",
    kind: "staff",
    displayName: "Someone",
    disabledAt: null,
    sessionVersion: 1,
    staffMemberId: randomUUID(),
    staffRole: "clinician",
    clientId: null,
    hasSecondFactor: true,
  };
  const fresh = { provenInSession: false };

  it("refuses a staff account without a staff record, which would have no role", () => {
    expect(toSessionUser(base, "staff", "s", fresh)).not.toBeNull();
    expect(toSessionUser({ ...base, staffMemberId: null, staffRole: null }, "staff", "s", fresh)).toBeNull();
  });

  it("never hands a client id to a non-client account", () => {
    const user = toSessionUser({ ...base, kind: "family", staffMemberId: null, staffRole: null, clientId: randomUUID() }, "portal", "s", fresh);
    expect(user).toMatchObject({ kind: "family", clientId: null, staff: null });
  });

  it("tells where the session stands with the second factor", () => {
    expect(toSessionUser(base, "staff", "s", fresh)?.secondFactor).toBe("code_needed");
    expect(toSessionUser(base, "staff", "s", { provenInSession: true })?.secondFactor).toBe("verified");
    expect(toSessionUser({ ...base, hasSecondFactor: false }, "staff", "s", { provenInSession: true })?.secondFactor).toBe("set_up_needed");
    const client = { ...base, kind: "client" as const, staffMemberId: null, staffRole: null, clientId: randomUUID(), hasSecondFactor: false };
    expect(toSessionUser(client, "portal", "s", fresh)?.secondFactor).toBe("not_needed");
  });
});

describe("parseSessionClaims", () => {
  it("keeps only sub, sid and sv", () => {
    const claims = { sub: randomUUID(), sid: randomUUID(), sv: 3 };
    expect(parseSessionClaims({ ...claims, name: "Maria", email: "m@example.org", role: "administrator" })).toEqual(claims);
  });

  it("refuses tokens missing a claim or with a malformed one", () => {
    expect(parseSessionClaims({ sub: randomUUID(), sv: 1 })).toBeNull();
    expect(parseSessionClaims({ sub: "1 or 1=1", sid: randomUUID(), sv: 1 })).toBeNull();
    expect(parseSessionClaims({ sub: randomUUID(), sid: randomUUID(), sv: "1" })).toBeNull();
  });
});
