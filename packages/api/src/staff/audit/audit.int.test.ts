import type { SessionUser } from "@stepwise/auth";
import { auditEvents } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { type AuditSearch, addDays, consentToday, staffMay, staffRoles } from "@stepwise/domain";
import { type SQL, and, desc, eq, lte, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingDatabase } from "../../test-support/counting-database";
import { familyFixtures } from "../../test-support/family-fixtures";
import { createStaffCaller } from "../index";
import { auditSearchFilters } from "./audit.queries";
import { auditCsvFile } from "./csv-file";

/**
 * The privacy officer's audit, on a real database whose audit rows were written by calling real
 * procedures: each filter narrows to exactly the rows it names, only audit.read may read it, a
 * client's accounting of disclosures lists exactly the family reads of that client, and the CSV
 * file is formula-safe and audited.
 */

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

const words = {
  accountKind: { client: "Client", family: "Family member", staff: "Staff" },
  role: { clinician: "Clinician", program_director: "Program director", front_desk: "Front desk", administrator: "Administrator", privacy_officer: "Privacy officer" },
} as const;

async function arrange(db: TestDatabase["db"]) {
  const f = familyFixtures(db);
  const clinician = await f.staff("clinician", "Casey Clinician");
  const others = {
    program_director: await f.staff("program_director"),
    front_desk: await f.staff("front_desk"),
    administrator: await f.staff("administrator"),
    clinician,
  };
  const officer = await f.staff("privacy_officer", "Pri Officer");
  const iop = await f.iopProgram();
  const alex = await f.clientInTreatment(iop, clinician, "Alex");
  const blair = await f.clientInTreatment(iop, clinician, "Blair");
  // Jordan: Alex's partner (schedule and plan), and Blair's friend (schedule only), one account.
  const jordan = await f.familyMemberOf(alex.client, { name: "Jordan Partner", relationship: "spouse_or_partner" });
  const alexConsent = await f.consent(alex.client, jordan.member, { scopes: ["schedule", "plan_summary"] });
  const jordanAtBlair = await f.familyMemberOf(blair.client, { name: "Jordan Friend", relationship: "friend", user: jordan.user });
  const blairConsent = await f.consent(blair.client, jordanAtBlair.member, { scopes: ["schedule"] });

  const staffApi = (caller: SessionUser) => createStaffCaller({ db, caller });
  const officerCaller = await officer.caller();
  const apis = {
    officer: staffApi(officerCaller),
    clinician: staffApi(await clinician.caller()),
    frontDesk: staffApi(await others.front_desk.caller()),
    jordan: await jordan.api(),
  };

  // The audit to search, written by the procedures themselves.
  await apis.clinician.clients.detail({ clientId: alex.client.id });
  await apis.clinician.clients.detail({ clientId: blair.client.id });
  await apis.clinician.roster.list();
  await expect(apis.frontDesk.clients.detail({ clientId: alex.client.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  await apis.jordan.sharedWithMe.schedule({ clientId: alex.client.id });
  await apis.jordan.sharedWithMe.plan({ clientId: alex.client.id });
  await apis.jordan.sharedWithMe.schedule({ clientId: blair.client.id });
  await expect(apis.jordan.sharedWithMe.attendance({ clientId: alex.client.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  await alex.api.plan.mine();

  const [last] = await db.select({ id: auditEvents.id }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
  const today = consentToday(new Date());
  return {
    f,
    clinician,
    others,
    officer,
    officerCaller,
    iop,
    alex,
    blair,
    jordan,
    alexConsent,
    blairConsent,
    apis,
    lastArranged: last!.id,
    period: { from: addDays(today, -1), to: addDays(today, 1) },
  };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
}, 60_000);
afterAll(() => testDb.drop());

/** The arranged rows, read straight from the table: what each filter's answer is checked against. */
async function arrangedRows() {
  return testDb.db.select().from(auditEvents).where(lte(auditEvents.id, setup.lastArranged)).orderBy(desc(auditEvents.id));
}

/** The officer's search over the arranged rows only (the searches themselves are audited too). */
function search(filter: Partial<AuditSearch> = {}) {
  return setup.apis.officer.audit.search({ ...setup.period, before: setup.lastArranged + 1, ...filter });
}

const ids = (rows: readonly { id: number }[]) => rows.map((row) => row.id);

describe("audit.search", () => {
  it("narrows by each filter to exactly the rows it names", async () => {
    const rows = await arrangedRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(50);
    const { alex, blair, clinician, jordan } = setup;
    const cases: [Partial<AuditSearch>, (row: (typeof rows)[number]) => boolean][] = [
      [{ clientId: alex.client.id }, (row) => row.subjectClientIds.includes(alex.client.id)],
      [{ clientName: "alex" }, (row) => row.subjectClientIds.includes(alex.client.id)],
      [{ clientName: "Fixture, Blair" }, (row) => row.subjectClientIds.includes(blair.client.id)],
      [{ actorUserId: clinician.user.id }, (row) => row.actorUserId === clinician.user.id],
      [{ action: "clients.detail" }, (row) => row.action === "clients.detail"],
      [{ outcome: "denied" }, (row) => row.outcome === "denied"],
      [{ clientId: alex.client.id, action: "sharedWithMe.schedule" }, (row) => row.subjectClientIds.includes(alex.client.id) && row.action === "sharedWithMe.schedule"],
      [{ actorUserId: jordan.user.id, outcome: "allowed" }, (row) => row.actorUserId === jordan.user.id && row.outcome === "allowed"],
    ];
    for (const [filter, matches] of cases) {
      const expected = ids(rows.filter(matches));
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(expected.length, JSON.stringify(filter)).toBeLessThan(rows.length);
      const found = await search(filter);
      expect(ids(found.rows), JSON.stringify(filter)).toEqual(expected);
      expect(found.nextBefore).toBeNull();
    }
    // A period before anything happened shows nothing.
    const before = await search({ from: addDays(setup.period.from, -40), to: addDays(setup.period.from, -2) });
    expect(before.rows).toEqual([]);
  });

  it("names who acted and whose information, joined in the database", async () => {
    const { rows } = await search({ action: "clients.detail", outcome: "allowed" });
    const alexRecord = rows.find((row) => row.clients.some((client) => client.id === setup.alex.client.id));
    expect(alexRecord).toMatchObject({
      actor: { userId: setup.clinician.user.id, name: "Casey Clinician", kind: "staff", role: "clinician" },
      action: "clients.detail",
      outcome: "allowed",
      clients: [{ id: setup.alex.client.id, name: "Fixture, Alex" }],
      clientCount: 1,
      resourceType: "client",
      resourceId: setup.alex.client.id,
    });
    expect(alexRecord?.hash).toMatch(/^[0-9a-f]{64}$/);
    const [read] = (await search({ actorUserId: setup.jordan.user.id, action: "sharedWithMe.plan" })).rows;
    expect(read?.actor).toEqual({ userId: setup.jordan.user.id, name: "Jordan Partner", kind: "family", role: null });
  });

  it("puts the client searched for first among a row's names", async () => {
    const { rows } = await search({ clientId: setup.blair.client.id, action: "roster.list" });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.clientCount).toBe(2);
    expect(rows[0]?.clients[0]).toEqual({ id: setup.blair.client.id, name: "Fixture, Blair" });
  });

  it("pages newest first after the last row shown, in the same statements whatever the page holds", async () => {
    for (let i = 0; i < 60; i += 1) await setup.blair.api.plan.mine();
    const filter = { ...setup.period, actorUserId: setup.blair.user.id };
    const first = await setup.apis.officer.audit.search(filter);
    expect(first.rows).toHaveLength(50);
    expect(first.nextBefore).toBe(first.rows.at(-1)?.id);
    const second = await setup.apis.officer.audit.search({ ...filter, before: first.nextBefore! });
    expect(second.rows).toHaveLength(10);
    expect(second.nextBefore).toBeNull();
    const all = ids([...first.rows, ...second.rows]);
    expect(all).toEqual([...all].sort((a, b) => b - a));
    expect(new Set(all).size).toBe(60);

    const counting = countingDatabase(testDb.url);
    try {
      const api = createStaffCaller({ db: counting.db, caller: setup.officerCaller });
      const full = await counting.count(() => api.audit.search(filter));
      // The oldest of Blair's rows alone: one row, against a page of 50.
      const one = await counting.count(() => api.audit.search({ ...filter, before: all.at(-1)! + 1 }));
      const lots = await counting.count(() => api.audit.search({ ...setup.period }));
      expect(one).toBe(full);
      expect(lots).toBe(full);
    } finally {
      await counting.close();
    }
  });

  it("filters in forms the indexes serve: clients on the GIN index, the staff member and period on (actor, at)", async () => {
    // Each filter alone, as the search writes it: on a table this small any plan is cheap, so
    // sequential scans are ruled out to see which index the filter's form lets Postgres use.
    const plan = async (filter: Partial<AuditSearch>, uses: (filters: ReturnType<typeof auditSearchFilters>) => (SQL | undefined)[]) =>
      testDb.db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        const where = and(...uses(auditSearchFilters({ ...setup.period, ...filter })));
        const rows = await tx.execute<{ "QUERY PLAN": string }>(sql`explain select ${auditEvents.id} from ${auditEvents} where ${where}`);
        return rows.map((row) => row["QUERY PLAN"]).join("\n");
      });
    expect(await plan({ clientId: setup.alex.client.id }, (filters) => [filters.clients])).toContain("audit_events_subject_client_ids");
    expect(await plan({ clientName: "Alex" }, (filters) => [filters.clients])).toContain("audit_events_subject_client_ids");
    const byActor = await plan({ actorUserId: setup.clinician.user.id }, (filters) => [filters.actor, filters.period]);
    expect(byActor).toContain("audit_events_actor_at");
    expect(byActor).toMatch(/Index Cond: \(\(actor_user_id = .*\) AND \(at >= .*\) AND \(at < .*\)\)/);
  });

  it("is itself audited: the row names the clients the page shows, and the client searched for even when nothing matched", async () => {
    const latest = async () =>
      (
        await testDb.db
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.actorUserId, setup.officer.user.id), eq(auditEvents.action, "audit.search")))
          .orderBy(desc(auditEvents.id))
          .limit(1)
      )[0]!;
    await search({ action: "sharedWithMe.schedule" });
    expect((await latest()).subjectClientIds.sort()).toEqual([setup.alex.client.id, setup.blair.client.id].sort());
    await search({ clientId: setup.alex.client.id, from: addDays(setup.period.from, -40), to: addDays(setup.period.from, -2) });
    const empty = await latest();
    expect(empty).toMatchObject({ outcome: "allowed", subjectClientIds: [setup.alex.client.id], resourceType: "audit_events" });
    expect(empty.detail).toMatchObject({ search: { clientId: setup.alex.client.id, byName: false } });
    // A typed name may be anyone's: the row says a name was searched, never which.
    await search({ clientName: "Blair" });
    const byName = await latest();
    expect(byName.detail).toMatchObject({ search: { byName: true } });
    expect(JSON.stringify(byName.detail)).not.toMatch(/blair/i);
  });
});

describe("who may read the audit", () => {
  it("only audit.read: every other staff role is forbidden, clients and family are not found, and each refusal is audited", async () => {
    const forbidden = staffRoles.filter((role) => !staffMay(role, "audit.read"));
    expect(forbidden).toEqual(["clinician", "program_director", "front_desk", "administrator"]);
    const calls = (api: ReturnType<typeof createStaffCaller>) => [
      () => api.audit.search({ ...setup.period }),
      () => api.audit.export({ ...setup.period }),
      () => api.audit.filterOptions(),
      () => api.audit.disclosures({ clientId: setup.alex.client.id }),
    ];
    for (const role of forbidden) {
      const api = createStaffCaller({ db: testDb.db, caller: await setup.others[role as keyof typeof setup.others].caller() });
      for (const call of calls(api)) await expect(call(), role).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    for (const caller of [setup.alex.caller, await setup.jordan.caller()]) {
      const api = createStaffCaller({ db: testDb.db, caller });
      for (const call of calls(api)) await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const denied = await testDb.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.outcome, "denied"), sql`${auditEvents.action} like 'audit.%'`));
    expect(denied).toHaveLength(4 * (forbidden.length + 2));
  });

  it("lists every staff member for the search form, with their role", async () => {
    const { staff } = await setup.apis.officer.audit.filterOptions();
    expect(staff).toEqual(expect.arrayContaining([{ userId: setup.clinician.user.id, name: "Casey Clinician", role: "clinician" }]));
    expect(staff.map((member) => member.userId)).toContain(setup.officer.user.id);
  });
});

describe("audit.disclosures", () => {
  it("lists exactly the family reads of that client, with who, their relationship, what was read and the consent, and no other client's", async () => {
    const alex = await setup.apis.officer.audit.disclosures({ clientId: setup.alex.client.id });
    expect(alex.client).toEqual({ id: setup.alex.client.id, name: "Fixture, Alex" });
    const consent = {
      id: setup.alexConsent.id,
      scopes: ["schedule", "plan_summary"],
      signedAt: setup.alexConsent.signedAt,
      signedOn: consentToday(setup.alexConsent.signedAt),
      expiry: { kind: "date", on: "2099-12-31" },
      revokedAt: null,
    };
    const jordan = { kind: "family", name: "Jordan Partner", relationship: "spouse_or_partner" };
    // Newest first; the refused attendance read, Alex's own reads and the staff's are not disclosures.
    expect(alex.entries.map(({ action, seenBy, scopes, consents }) => ({ action, seenBy, scopes, consents }))).toEqual([
      { action: "sharedWithMe.plan", seenBy: jordan, scopes: ["plan_summary"], consents: [consent] },
      { action: "sharedWithMe.schedule", seenBy: jordan, scopes: ["schedule"], consents: [consent] },
    ]);
    expect(alex.nextBefore).toBeNull();

    const blair = await setup.apis.officer.audit.disclosures({ clientId: setup.blair.client.id });
    expect(blair.entries).toHaveLength(1);
    expect(blair.entries[0]).toMatchObject({
      action: "sharedWithMe.schedule",
      seenBy: { kind: "family", name: "Jordan Friend", relationship: "friend" },
      consents: [{ id: setup.blairConsent.id }],
    });
    expect(JSON.stringify(blair)).not.toContain(setup.alexConsent.id);
  });

  it("answers not found for a client who does not exist, and names the client it showed on its row", async () => {
    await expect(setup.apis.officer.audit.disclosures({ clientId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [row] = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "audit.disclosures"), eq(auditEvents.outcome, "allowed")))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(row?.subjectClientIds).toEqual([setup.blair.client.id]);
  });
});

describe("privacy.whoHasSeen", () => {
  it("shows the client every family read and staff access of their information, and nothing of anyone else", async () => {
    const seen = await setup.alex.api.privacy.whoHasSeen();
    const expected = await testDb.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(
        and(
          sql`${auditEvents.subjectClientIds} @> array[${setup.alex.client.id}]::uuid[]`,
          eq(auditEvents.outcome, "allowed"),
          sql`${auditEvents.actorKind} in ('family', 'staff')`,
          lte(auditEvents.id, seen.entries[0]!.id),
        ),
      )
      .orderBy(desc(auditEvents.id));
    expect(ids(seen.entries)).toEqual(ids(expected).slice(0, 50));
    expect(seen.entries.some((entry) => entry.seenBy.kind === "staff" && entry.action === "clients.detail" && entry.seenBy.role === "clinician")).toBe(true);
    const family = seen.entries.filter((entry) => entry.seenBy.kind === "family");
    expect(family.map((entry) => entry.action)).toEqual(["sharedWithMe.plan", "sharedWithMe.schedule"]);
    expect(family[0]?.consents).toEqual([{ id: setup.alexConsent.id, signedOn: consentToday(setup.alexConsent.signedAt) }]);
    // Staff by role only; never Blair, her consent, or the friend Jordan is to her.
    const text = JSON.stringify(seen);
    for (const hidden of ["Casey Clinician", setup.blair.client.id, setup.blairConsent.id, "Jordan Friend", '"resource', '"detail"', '"hash"']) expect(text).not.toContain(hidden);
  });

  it("is the client's own: Blair sees only hers, and a family account has no such page", async () => {
    const blair = await setup.blair.api.privacy.whoHasSeen();
    expect(blair.entries.filter((entry) => entry.seenBy.kind === "family")).toEqual([
      expect.objectContaining({ action: "sharedWithMe.schedule", seenBy: { kind: "family", name: "Jordan Friend", relationship: "friend" } }),
    ]);
    expect(JSON.stringify(blair)).not.toContain(setup.alexConsent.id);
    await expect(setup.apis.jordan.privacy.whoHasSeen()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the CSV export", () => {
  it("defuses a cell that would run as a formula, and each page it reads is audited as an export", async () => {
    const trickster = await setup.f.staff("clinician", '=HYPERLINK("http://evil.test","click")');
    await createStaffCaller({ db: testDb.db, caller: await trickster.caller() }).clients.detail({ clientId: setup.alex.client.id });
    const file = await auditCsvFile((page) => setup.apis.officer.audit.export(page), { ...setup.period, actorUserId: trickster.user.id }, words);
    const text = await new Response(file).text();
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("Event,When (UTC),Who,Account,Role,Action,What they did,Outcome,Clients,Client ids,Resource,Resource id,Hash");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.test"",""click"")",Staff,Clinician,clients.detail,Opened a client's record,Allowed,"Fixture, Alex",${setup.alex.client.id},`);
    expect(lines[2]).toBe("");

    const [exported] = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, setup.officer.user.id), eq(auditEvents.action, "audit.export")))
      .orderBy(desc(auditEvents.id));
    expect(exported).toMatchObject({ outcome: "allowed", subjectClientIds: [setup.alex.client.id], detail: { rows: 1, search: { actorUserId: trickster.user.id } } });
  });

  it("is refused before the file starts to a role without audit.read", async () => {
    const clinician = setup.apis.clinician;
    await expect(auditCsvFile((page) => clinician.audit.export(page), { ...setup.period }, words)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
