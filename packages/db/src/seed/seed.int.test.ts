import { hash } from "@node-rs/argon2";
import { dischargePlanSchema, instantToZonedTime } from "@stepwise/domain";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planContentSchema } from "@stepwise/domain";
import type { Database } from "../client";
import * as schema from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing";
import { demoPassword, demoSignIns, seedDemoData } from "./index";

// Cheap argon2 parameters: the test checks wiring, not hashing strength.
const hashPassword = (plain: string) => hash(plain, { memoryCost: 1024, timeCost: 1 });
// Spans the 2026-03-08 spring-forward change in New York.
const today = new Date("2026-03-18T16:00:00Z");

let testDb: TestDatabase;
let db: Database;
beforeAll(async () => {
  testDb = await createTestDatabase();
  // As the owner, as the start script seeds.
  db = testDb.owner.db;
});
afterAll(() => testDb.drop());

const countedTables = {
  users: schema.users,
  staffMembers: schema.staffMembers,
  clients: schema.clients,
  programs: schema.programs,
  scheduleOptions: schema.scheduleOptions,
  enrollments: schema.enrollments,
  levelOfCareChanges: schema.levelOfCareChanges,
  enrollmentStatusChanges: schema.enrollmentStatusChanges,
  careTeamMembers: schema.careTeamMembers,
  programSessions: schema.programSessions,
  attendance: schema.attendance,
  familyMembers: schema.familyMembers,
  familyInvitations: schema.familyInvitations,
  consents: schema.consents,
  familySessionSignUps: schema.familySessionSignUps,
  measureResponses: schema.measureResponses,
  safetyAlerts: schema.safetyAlerts,
};

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(countedTables)) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
    counts[name] = row?.n ?? -1;
  }
  return counts;
}

describe("seedDemoData", () => {
  it("seeds once and changes nothing when run again", async () => {
    const first = await seedDemoData(db, { hashPassword, today });
    expect(first.seeded).toBe(true);
    expect(first.counts.clients).toBe(32);
    expect(first.counts.familyMembers).toBeGreaterThan(0);
    const afterFirst = await rowCounts();

    const second = await seedDemoData(db, { hashPassword, today });
    expect(second.seeded).toBe(false);
    expect(await rowCounts()).toEqual(afterFirst);
    expect(afterFirst.programs).toBe(4);
    expect(afterFirst.attendance).toBeGreaterThan(300);
    expect(afterFirst.familySessionSignUps).toBe(first.counts.familySignUps);
  });

  it("gives the demo client an account, an active enrollment and attendance", async () => {
    const clientSignIn = demoSignIns.find((signIn) => signIn.kind === "client");
    const [user] = await db.select().from(schema.users).where(eq(schema.users.email, clientSignIn?.email ?? ""));
    expect(user?.kind).toBe("client");
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);

    const [client] = await db.select().from(schema.clients).where(eq(schema.clients.userId, user?.id ?? ""));
    const active = await db
      .select()
      .from(schema.enrollments)
      .where(and(eq(schema.enrollments.clientId, client?.id ?? ""), eq(schema.enrollments.status, "active")));
    expect(active).toHaveLength(1);

    const attended = await db.select().from(schema.attendance).where(eq(schema.attendance.clientId, client?.id ?? ""));
    expect(attended.length).toBeGreaterThanOrEqual(12);
  });

  it("has one sign-in of each kind, all with the demo password", async () => {
    const { verify } = await import("@node-rs/argon2");
    for (const signIn of demoSignIns) {
      const [user] = await db.select().from(schema.users).where(eq(schema.users.email, signIn.email));
      expect(user?.kind).toBe(signIn.kind);
      expect(await verify(user?.passwordHash ?? "", demoPassword)).toBe(true);
    }
  });

  it("keeps evening groups at 6 pm New York time on both sides of the DST change", async () => {
    const [option] = await db
      .select()
      .from(schema.scheduleOptions)
      .where(and(eq(schema.scheduleOptions.shift, "evening"), eq(schema.scheduleOptions.startTime, "18:00:00")));
    const sessions = await db.select().from(schema.programSessions).where(eq(schema.programSessions.scheduleOptionId, option?.id ?? ""));
    const utcHours = new Set(sessions.map((session) => session.startsAt.getUTCHours()));
    expect(utcHours).toEqual(new Set([22, 23]));
    for (const session of sessions) expect(instantToZonedTime(session.startsAt, "America/New_York")).toBe("18:00");
  });

  it("dates every group session from a session template of its schedule option", async () => {
    const templates = await db.select().from(schema.sessionTemplates);
    expect(templates.length).toBe(15);
    const groups = await db.select().from(schema.programSessions).where(sql`${schema.programSessions.scheduleOptionId} is not null`);
    const byId = new Map(templates.map((template) => [template.id, template]));
    for (const session of groups) {
      const template = byId.get(session.templateId ?? "");
      expect(template?.scheduleOptionId).toBe(session.scheduleOptionId);
      expect(session.occursOn).not.toBeNull();
      expect(session.title).toBe(template?.title);
    }
  });

  it("shows the stories staff need: step-downs, a hold, an alumnus, an intake queue and absence streaks", async () => {
    const stepDowns = await db.select().from(schema.levelOfCareChanges).where(eq(schema.levelOfCareChanges.fromLevel, "php"));
    expect(stepDowns).toHaveLength(2);
    const byStatus = await db
      .select({ status: schema.enrollments.status, n: sql<number>`count(*)::int` })
      .from(schema.enrollments)
      .groupBy(schema.enrollments.status);
    expect(Object.fromEntries(byStatus.map((row) => [row.status, row.n]))).toEqual({ active: 28, on_hold: 1, discharged: 1, referred: 1, intake_scheduled: 1 });

    // The alumnus's continuing-care plan is one the domain accepts, so the portal can show it.
    const [alumnus] = await db.select().from(schema.enrollments).where(eq(schema.enrollments.status, "discharged"));
    expect(dischargePlanSchema.safeParse(alumnus?.dischargePlan).success).toBe(true);
    // Clients waiting to start have no schedule option and no attendance yet.
    const waiting = await db
      .select({ option: schema.enrollments.scheduleOptionId, records: sql<number>`(select count(*)::int from attendance a where a.client_id = enrollments.client_id)` })
      .from(schema.enrollments)
      .where(sql`${schema.enrollments.status} in ('referred', 'intake_scheduled')`);
    expect(waiting).toEqual([
      { option: null, records: 0 },
      { option: null, records: 0 },
    ]);
    // Every status change is recorded by someone who may make it: the front desk has no enrollment.write.
    const recorders = await db
      .selectDistinct({ role: schema.staffMembers.role })
      .from(schema.enrollmentStatusChanges)
      .innerJoin(schema.staffMembers, eq(schema.staffMembers.id, schema.enrollmentStatusChanges.recordedByStaffId));
    expect(recorders.map((row) => row.role).sort()).toEqual(["clinician", "program_director"]);

    // Clients whose three most recent group sessions were all missed.
    const streaks = await db.execute<{ client_id: string }>(sql`
      select client_id from (
        select a.client_id, a.status,
               row_number() over (partition by a.client_id order by s.starts_at desc) as recency
        from attendance a join program_sessions s on s.id = a.session_id
        where s.schedule_option_id is not null
      ) recent
      where recency <= 3
      group by client_id
      having bool_and(status = 'absent') and count(*) = 3`);
    expect(streaks.length).toBeGreaterThanOrEqual(2);
  });
});

describe("the privacy officer's part of the demo", () => {
  it("gives the demo a privacy officer and first audit entries: the partner's reads under the consent in force, and the clinician's", async () => {
    const [officer] = await db
      .select({ role: schema.staffMembers.role })
      .from(schema.users)
      .innerJoin(schema.staffMembers, eq(schema.staffMembers.userId, schema.users.id))
      .where(eq(schema.users.email, "privacy@stepwise.test"));
    expect(officer?.role).toBe("privacy_officer");
    const rows = await db.select().from(schema.auditEvents).where(sql`${schema.auditEvents.detail} ->> 'demo' = 'true'`).orderBy(schema.auditEvents.id);
    expect(rows.map((row) => [row.actorKind, row.action])).toEqual([
      ["staff", "clients.detail"],
      ["family", "sharedWithMe.schedule"],
      ["family", "sharedWithMe.attendance"],
      ["family", "sharedWithMe.plan"],
    ]);
    const [alex] = await db.select({ id: schema.clients.id }).from(schema.clients).where(and(eq(schema.clients.firstName, "Alex"), eq(schema.clients.lastName, "Morgan")));
    const read = rows[1]!;
    expect(read.subjectClientIds).toEqual([alex!.id]);
    // The consent named is the one in force for Alex, to the partner.
    const consentId = (read.detail as { consents: Record<string, string[]> }).consents[alex!.id]![0]!;
    const [consent] = await db.select().from(schema.consents).where(eq(schema.consents.id, consentId));
    expect(consent).toMatchObject({ clientId: alex!.id, revokedAt: null });
    expect(consent?.scopes).toContain("schedule");
  });

  it("gives weeks of check-ins that improve, stay and worsen, one open safety alert, and the demo client a check-in to answer", async () => {
    const latest = await db.execute<{ client_id: string; first: number; last: number }>(sql`
      select client_id, (array_agg(total order by due_on))[1] as first, (array_agg(total order by due_on desc))[1] as last
        from measure_responses where instrument = 'phq9' group by client_id having count(*) >= 3`);
    const rows = [...latest];
    expect(rows.some((row) => row.last <= row.first - 6)).toBe(true);
    expect(rows.some((row) => row.last >= row.first + 4)).toBe(true);
    expect(rows.some((row) => Math.abs(row.last - row.first) <= 2)).toBe(true);
    // Every answer set adds up to its total, and its band is the one the total falls in.
    const [mismatch] = await db.execute<{ n: number }>(sql`
      select count(*)::int as n from measure_responses r
        where r.total <> (select sum(value::int) from jsonb_each_text(r.answers))`);
    expect(mismatch!.n).toBe(0);

    const alerts = await db.select().from(schema.safetyAlerts);
    expect(alerts).toHaveLength(1);
    const [response] = await db.select().from(schema.measureResponses).where(eq(schema.measureResponses.id, alerts[0]!.responseId));
    expect(response!.answers.phq9_9).toBeGreaterThan(0);
    const steps = await db.select().from(schema.safetyAlertEvents).where(eq(schema.safetyAlertEvents.alertId, alerts[0]!.id));
    expect(steps.map((step) => step.kind).sort()).toEqual(["notified", "opened"]);

    // The demo client answered the weeks before; the one open now (its program keeps each open for
    // seven days, so it fell due within the last seven) is theirs to answer.
    const [demo] = await db.execute<{ answered: number; latest: string }>(sql`
      select count(*)::int as answered, max(r.due_on)::text as latest from measure_responses r
        join clients c on c.id = r.client_id join users u on u.id = c.user_id where u.email = 'client@stepwise.test'`);
    expect(demo!.answered).toBeGreaterThan(4);
    expect(demo!.latest <= "2026-03-11").toBe(true);
  });

  it("gives plans in each state, assessments that agree and disagree with the level, and an authorization running out", async () => {
    const plans = await db.execute<{ enrollment_id: string; versions: number; client_signed: boolean; staff_signed: boolean }>(sql`
      select v.enrollment_id, count(distinct v.id)::int as versions,
        bool_or(s.signer = 'client' and v.version = (select max(version) from treatment_plan_versions w where w.enrollment_id = v.enrollment_id)) as client_signed,
        bool_or(s.signer = 'staff' and v.version = (select max(version) from treatment_plan_versions w where w.enrollment_id = v.enrollment_id)) as staff_signed
      from treatment_plan_versions v left join treatment_plan_signatures s on s.version_id = v.id group by v.enrollment_id`);
    const rows = [...plans];
    expect(rows.some((row) => row.client_signed && row.staff_signed)).toBe(true);
    expect(rows.some((row) => row.versions === 2 && !row.client_signed && row.staff_signed)).toBe(true);
    expect(rows.some((row) => row.versions === 1 && !row.client_signed)).toBe(true);
    // Every plan the seed wrote is one the domain accepts.
    const contents = await db.select({ content: schema.treatmentPlanVersions.content }).from(schema.treatmentPlanVersions);
    for (const { content } of contents) expect(planContentSchema.safeParse(content).success).toBe(true);

    // The demo client has a change waiting for their signature.
    const [demo] = await db.execute<{ versions: number; signers: string[] }>(sql`
      select count(distinct v.id)::int as versions, array_agg(s.signer::text) filter (where v.version = 2) as signers
        from treatment_plan_versions v join clients c on c.id = v.client_id join users u on u.id = c.user_id
        left join treatment_plan_signatures s on s.version_id = v.id where u.email = 'client@stepwise.test'`);
    expect(demo).toEqual({ versions: 2, signers: ["staff"] });

    const assessments = await db.select().from(schema.levelOfCareAssessments);
    expect(assessments.some((assessment) => assessment.recommended === assessment.currentLevel)).toBe(true);
    expect(assessments.some((assessment) => assessment.recommended !== assessment.currentLevel)).toBe(true);
    const decisions = await db.select().from(schema.levelOfCareDecisions);
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.every((decision) => decision.decision === "decline")).toBe(true);
    // …and at least one recommendation of another level still waits for a clinician's decision.
    const decided = new Set(decisions.map((decision) => decision.assessmentId));
    expect(assessments.some((assessment) => assessment.recommended !== assessment.currentLevel && !decided.has(assessment.id))).toBe(true);

    const authorizations = await db.select().from(schema.payerAuthorizations);
    expect(authorizations.filter((authorization) => authorization.endsOn === "2026-03-22")).toHaveLength(1);
  });
});
