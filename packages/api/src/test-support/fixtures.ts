import { resolveSession, sealTotpSecret, signIn, type SessionUser } from "@stepwise/auth";
import { hashPassword } from "@stepwise/auth/password";
import type { Database } from "@stepwise/db/client";
import { ownerOf } from "@stepwise/db/testing";
import { eq } from "drizzle-orm";
import {
  attendance,
  careTeamMembers,
  clients,
  enrollmentStatusChanges,
  enrollments,
  levelOfCareChanges,
  programs,
  programSessions,
  scheduleOptions,
  staffMembers,
  totpFactors,
  userSessions,
  users,
} from "@stepwise/db/schema";
import {
  type AttendanceStatus,
  type CalendarDate,
  type StaffRole,
  addDays,
  instantToZonedDate,
  mondayOf,
  zonedWallClockToInstant,
} from "@stepwise/domain";

const timeZone = "America/New_York";
export const fixturePassword = "a long fixture passphrase for tests";
/** The authenticator secret of every staff caller the fixtures sign in (base32, as apps take it). */
export const fixtureTotpSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
let passwordHash: Promise<string> | undefined;
let counter = 0;

/**
 * A small, real center for API tests: rows go through the real schema and constraints, written as
 * the owner (staff accounts are not the app's to make); sign-ins run as the app, like the code
 * under test.
 */
export function fixtures(database: Database) {
  const db = ownerOf(database);
  const unique = () => `${process.pid}-${++counter}`;

  async function account(kind: "client" | "staff" | "family", name: string) {
    passwordHash ??= hashPassword(fixturePassword);
    const [user] = await db
      .insert(users)
      .values({ email: `${kind}-${unique()}@fixture.test`, passwordHash: await passwordHash, kind, displayName: name })
      .returning();
    return user!;
  }

  /**
   * Signs the account in for real and returns the session user the API receives, past the second
   * factor: a staff account gets an authenticator when it has none, and the session counts as
   * having proven it (as verifying a code would mark it). The second-factor tests sign in without this.
   */
  async function callerFor(email: string, app: "portal" | "staff"): Promise<SessionUser> {
    const result = await signIn(database, { email, password: fixturePassword, app, address: "127.0.0.1" });
    if (!result.ok) throw new Error(`fixture sign-in failed: ${result.reason}`);
    const { userId } = result.user;
    if (app === "staff") {
      await db
        .insert(totpFactors)
        .values({ userId, encryptedSecret: sealTotpSecret(fixtureTotpSecret, userId), confirmedAt: new Date() })
        .onConflictDoNothing();
    }
    await db.update(userSessions).set({ secondFactorAt: new Date() }).where(eq(userSessions.id, result.sessionId));
    const caller = await resolveSession(database, { sessionId: result.sessionId, userId, sessionVersion: result.sessionVersion, app });
    if (!caller) throw new Error("fixture session did not resolve");
    return caller;
  }

  async function staff(role: StaffRole, name = `Staff ${unique()}`) {
    const user = await account("staff", name);
    const [member] = await db.insert(staffMembers).values({ userId: user.id, role, credentials: "LCSW" }).returning();
    return { user, member: member!, caller: () => callerFor(user.email, "staff") };
  }

  async function iopProgram() {
    const [program] = await db
      .insert(programs)
      .values({
        slug: `iop-${unique()}`,
        name: "Adult IOP",
        level: "iop",
        track: "general_mental_health",
        timeZone,
        minWeeklyMinutes: 540,
        maxWeeklyMinutes: 900,
        expectedLengthWeeks: 8,
        sessionKinds: ["process_group", "skills_group", "psychoeducation", "individual", "family", "medication_management"],
      })
      .returning();
    const [option] = await db
      .insert(scheduleOptions)
      .values({ programId: program!.id, shift: "evening", name: "Evening", weekdays: [1, 3, 4], startTime: "18:00", endTime: "21:00" })
      .returning();
    return { program: program!, option: option! };
  }

  /** A PHP program (20–30 hours a week) with a weekday day option. */
  async function phpProgram() {
    const [program] = await db
      .insert(programs)
      .values({
        slug: `php-${unique()}`,
        name: "Adult PHP",
        level: "php",
        track: "general_mental_health",
        timeZone,
        minWeeklyMinutes: 1200,
        maxWeeklyMinutes: 1800,
        expectedLengthWeeks: 4,
        sessionKinds: ["process_group", "skills_group", "psychoeducation", "individual"],
      })
      .returning();
    const [option] = await db
      .insert(scheduleOptions)
      .values({ programId: program!.id, shift: "day", name: "Day", weekdays: [1, 2, 3, 4, 5], startTime: "09:00", endTime: "14:00" })
      .returning();
    return { program: program!, option: option! };
  }

  /** A client with a portal account, actively enrolled in the program since `startsOn`. */
  async function enrolledClient(
    setting: Awaited<ReturnType<typeof iopProgram>>,
    decidedBy: { member: { id: string } },
    options: { startsOn: CalendarDate; firstName?: string; withAccount?: boolean },
  ) {
    const user = options.withAccount === false ? null : await account("client", "Fixture Client");
    const [client] = await db
      .insert(clients)
      .values({
        userId: user?.id ?? null,
        firstName: options.firstName ?? `Client${unique()}`,
        lastName: "Fixture",
        dateOfBirth: "1990-01-01",
      })
      .returning();
    const [enrollment] = await db
      .insert(enrollments)
      .values({
        clientId: client!.id,
        programId: setting.program.id,
        scheduleOptionId: setting.option.id,
        status: "active",
        level: "iop",
        startsOn: options.startsOn,
      })
      .returning();
    await db.insert(levelOfCareChanges).values({
      enrollmentId: enrollment!.id,
      toLevel: "iop",
      programId: setting.program.id,
      scheduleOptionId: setting.option.id,
      effectiveOn: options.startsOn,
      reason: "Admission",
      decidedByStaffId: decidedBy.member.id,
    });
    await db
      .insert(careTeamMembers)
      .values({ enrollmentId: enrollment!.id, staffMemberId: decidedBy.member.id, responsibility: "Primary therapist" });
    return {
      client: client!,
      enrollment: enrollment!,
      user,
      caller: () => (user ? callerFor(user.email, "portal") : Promise.reject(new Error("no account"))),
    };
  }

  /**
   * A client on record with a fresh referral to the program, as clients.create leaves one made
   * without an email: no portal account, an enrollment "referred" to start on `plannedStartOn`.
   */
  async function referredClient(
    setting: Awaited<ReturnType<typeof iopProgram>>,
    recordedBy: { member: { id: string } },
    options: { plannedStartOn: CalendarDate; firstName?: string },
  ) {
    const [client] = await db
      .insert(clients)
      .values({ firstName: options.firstName ?? `Client${unique()}`, lastName: "Fixture", dateOfBirth: "1990-01-01" })
      .returning();
    const [enrollment] = await db
      .insert(enrollments)
      .values({ clientId: client!.id, programId: setting.program.id, status: "referred", level: setting.program.level, startsOn: options.plannedStartOn })
      .returning();
    await db.insert(enrollmentStatusChanges).values({
      enrollmentId: enrollment!.id,
      toStatus: "referred",
      effectiveOn: instantToZonedDate(new Date(), timeZone),
      recordedByStaffId: recordedBy.member.id,
    });
    return { client: client!, enrollment: enrollment! };
  }

  /** A three-hour evening group on `date` in the program's zone. */
  async function groupSession(setting: Awaited<ReturnType<typeof iopProgram>>, date: CalendarDate) {
    const [session] = await db
      .insert(programSessions)
      .values({
        programId: setting.program.id,
        scheduleOptionId: setting.option.id,
        kind: "process_group",
        title: "Process group",
        startsAt: zonedWallClockToInstant(date, "18:00", timeZone),
        endsAt: zonedWallClockToInstant(date, "21:00", timeZone),
        location: "Room 2",
      })
      .returning();
    return session!;
  }

  async function attended(sessionId: string, clientId: string, status: AttendanceStatus, minutesAttended: number) {
    await db.insert(attendance).values({ sessionId, clientId, status, minutesAttended });
  }

  return { account, staff, iopProgram, phpProgram, enrolledClient, referredClient, groupSession, attended, callerFor };
}

/** Monday of the week containing `now`, in the fixtures' time zone. */
export function mondayInFixtureZone(now: Date): CalendarDate {
  return mondayOf(instantToZonedDate(now, timeZone));
}

export { addDays, timeZone as fixtureTimeZone };
