import { auditEvents } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { familyFixtures } from "../../test-support/family-fixtures";
import { codeAt, midStep, otherThan, passwordOnlySession, secretFromTyping } from "../../test-support/second-factor-sessions";
import { createPortalCaller } from "../index";
import { portalRouter } from "../router";

let testDb: TestDatabase;
let t: ReturnType<typeof familyFixtures>;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange() {
  const clinician = await t.staff("clinician");
  const iop = await t.iopProgram();
  return { clinician, iop };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  t = familyFixtures(testDb.db);
  setup = await arrange();
});
afterAll(() => testDb.drop());
afterEach(() => vi.useRealTimers());

const clockAt = (at: Date) => vi.useFakeTimers({ toFake: ["Date"], now: at });
const later = (seconds: number) => vi.setSystemTime(new Date(Date.now() + seconds * 1000));

async function codeOf(attempt: Promise<unknown>) {
  return attempt.then(
    () => "OK",
    (error: { code?: string }) => error.code ?? "THREW",
  );
}

/** A client in treatment, signed in with their password only: they need no second factor until they turn one on. */
async function client(firstName: string) {
  const alex = await t.clientInTreatment(setup.iop, setup.clinician, firstName);
  const signIn = async () => {
    const session = await passwordOnlySession(testDb.db, alex.user.email, "portal");
    return { session, api: async () => createPortalCaller({ db: testDb.db, caller: await session.caller() }) };
  };
  return { ...alex, signIn };
}

/** A client who turned on a second factor; answers its secret and recovery codes. */
async function optedIn(firstName: string) {
  const person = await client(firstName);
  const { api } = await person.signIn();
  const secret = secretFromTyping((await (await api()).secondFactor.startSetUp()).secretForTyping);
  const { recoveryCodes } = await (await api()).secondFactor.confirmSetUp({ code: await codeAt(secret) });
  return { ...person, secret, recoveryCodes };
}

describe("a client's own second factor", () => {
  it("is off until they turn it on, then asked for at sign-in, and keeps their plan behind it", async () => {
    clockAt(midStep());
    const person = await client("Robin");
    const first = await person.signIn();
    expect(await (await first.api()).secondFactor.overview()).toEqual({ status: "not_needed", setUpAt: null, recoveryCodesLeft: 0 });
    await expect((await first.api()).plan.mine()).resolves.toBeDefined();

    const secret = secretFromTyping((await (await first.api()).secondFactor.startSetUp()).secretForTyping);
    // Not on until the first code is entered: the plan still opens, and a new sign-in asks for nothing.
    expect((await first.session.caller()).secondFactor).toBe("not_needed");
    const { recoveryCodes } = await (await first.api()).secondFactor.confirmSetUp({ code: await codeAt(secret) });
    expect(recoveryCodes).toHaveLength(10);
    // The session that turned it on proved it; it carries on.
    expect((await first.session.caller()).secondFactor).toBe("verified");
    await expect((await first.api()).plan.mine()).resolves.toBeDefined();
    expect(await (await first.api()).secondFactor.overview()).toMatchObject({ status: "verified", setUpAt: expect.any(Date), recoveryCodesLeft: 10 });

    later(30);
    const next = await person.signIn();
    expect((await next.session.caller()).secondFactor).toBe("code_needed");
    expect(await codeOf((await next.api()).plan.mine())).toBe("UNAUTHORIZED");
    await (await next.api()).secondFactor.verify({ method: "app", code: await codeAt(secret) });
    await expect((await next.api()).plan.mine()).resolves.toBeDefined();
  });

  it("turns off only from a proven session with a current code, and is audited", async () => {
    clockAt(midStep());
    const person = await optedIn("Sasha");
    later(30);
    const { session, api } = await person.signIn();
    expect(await codeOf((await api()).secondFactor.turnOff({ code: await codeAt(person.secret) }))).toBe("UNAUTHORIZED");
    await (await api()).secondFactor.verify({ method: "recovery_code", code: person.recoveryCodes[0]! });
    expect(await codeOf((await api()).secondFactor.turnOff({ code: otherThan(await codeAt(person.secret)) }))).toBe("BAD_REQUEST");
    await (await api()).secondFactor.turnOff({ code: await codeAt(person.secret) });
    expect((await session.caller()).secondFactor).toBe("not_needed");
    const again = await person.signIn();
    expect((await again.session.caller()).secondFactor).toBe("not_needed");

    const rows = await testDb.db
      .select({ action: auditEvents.action, outcome: auditEvents.outcome, detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, person.user.id), eq(auditEvents.action, "secondFactor.turnOff")))
      .orderBy(asc(auditEvents.id));
    expect(rows.map((row) => [row.outcome, (row.detail as { event?: string } | null)?.event])).toEqual([
      ["denied", "wrong_code"],
      ["allowed", "turned_off"],
    ]);
  });
});

describe("a portal session at the second-factor step", () => {
  it("reaches no portal procedure a signed-out person cannot, other than the second-factor ones", async () => {
    clockAt(midStep());
    const person = await optedIn("Taylor");
    const pending = await (await person.signIn()).api();
    const signedOut = createPortalCaller({ db: testDb.db, caller: null });
    const call = (api: typeof pending, path: string) =>
      codeOf((path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api) as (input: unknown) => Promise<unknown>)({}));
    for (const path of Object.keys(portalRouter._def.procedures)) {
      const [outsider, answer] = [await call(signedOut, path), await call(pending, path)];
      if (path.startsWith("secondFactor.")) {
        expect(outsider, path).toBe("UNAUTHORIZED");
        expect(answer, path).not.toBe("UNAUTHORIZED");
      } else {
        expect(answer, path).toBe(outsider);
      }
    }
  });
});
