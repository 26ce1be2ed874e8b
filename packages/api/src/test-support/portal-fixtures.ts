import type { Database } from "@stepwise/db/client";
import { ownerOf } from "@stepwise/db/testing";
import { clients, enrollments, levelOfCareChanges, programs, programSessions, scheduleOptions } from "@stepwise/db/schema";
import {
  type CalendarDate,
  type DischargePlan,
  type DischargeReason,
  type EnrollmentStatus,
  type SessionKind,
  referralClosureDischargeReason,
  referralClosureEnd,
} from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { fixtures } from "./fixtures";

type Setting = Awaited<ReturnType<ReturnType<typeof fixtures>["iopProgram"]>>;

/** Test data for the portal's integration tests, on top of the shared fixtures (written as the owner, as they are). */
export function portalTestData(database: Database) {
  const f = fixtures(database);
  const db = ownerOf(database);

  /** Any session at an exact instant: a group of an option, or one client's individual session. */
  async function session(
    setting: Setting,
    options: {
      startsAt: Date;
      minutes?: number;
      scheduleOptionId?: string | null;
      clientId?: string;
      kind?: SessionKind;
      title?: string;
      location?: string | null;
      videoUrl?: string | null;
      cancelled?: boolean;
    },
  ) {
    const [row] = await db
      .insert(programSessions)
      .values({
        programId: setting.program.id,
        scheduleOptionId: options.clientId ? null : (options.scheduleOptionId ?? setting.option.id),
        clientId: options.clientId ?? null,
        kind: options.kind ?? "process_group",
        title: options.title ?? "Process group",
        startsAt: options.startsAt,
        endsAt: new Date(options.startsAt.getTime() + (options.minutes ?? 180) * 60_000),
        location: options.location === undefined ? "Room 2" : options.location,
        videoUrl: options.videoUrl ?? null,
        cancelledAt: options.cancelled ? new Date() : null,
        cancellationReason: options.cancelled ? "Facilitator away" : null,
      })
      .returning();
    return row!;
  }

  /** A second, morning option in the same program: its groups belong to other clients. */
  async function morningOption(setting: Setting) {
    const [option] = await db
      .insert(scheduleOptions)
      .values({ programId: setting.program.id, shift: "morning", name: "Morning", weekdays: [2, 4, 5], startTime: "09:00", endTime: "12:00" })
      .returning();
    return option!;
  }

  async function renameProgram(setting: Setting, name: string, track: "trauma" | "substance_use" | "co_occurring") {
    await db.update(programs).set({ name, track }).where(eq(programs.id, setting.program.id));
  }

  async function setStatus(enrollmentId: string, status: Exclude<EnrollmentStatus, "discharged">, startsOn?: CalendarDate) {
    await db
      .update(enrollments)
      .set({ status, ...(startsOn ? { startsOn } : {}) })
      .where(eq(enrollments.id, enrollmentId));
  }

  async function discharge(enrollmentId: string, endsOn: CalendarDate, reason: DischargeReason, plan: DischargePlan | null) {
    await db
      .update(enrollments)
      .set({ status: "discharged", endsOn, dischargeReason: reason, dischargePlan: plan })
      .where(eq(enrollments.id, enrollmentId));
  }

  /** A client with a portal account and no enrollment at all. */
  async function unenrolledClient(firstName: string) {
    const user = await f.account("client", firstName);
    const [client] = await db
      .insert(clients)
      .values({ userId: user.id, firstName, lastName: "Fixture", dateOfBirth: "1990-01-01" })
      .returning();
    return { client: client!, user, caller: () => f.callerFor(user.email, "portal") };
  }

  /** A change of level of care that moves the client to another schedule option from `effectiveOn`. */
  async function moveToOption(
    setting: Setting,
    enrollmentId: string,
    scheduleOptionId: string,
    effectiveOn: CalendarDate,
    decidedBy: { member: { id: string } },
  ) {
    await db.update(enrollments).set({ scheduleOptionId, level: "php" }).where(eq(enrollments.id, enrollmentId));
    await db.insert(levelOfCareChanges).values({
      enrollmentId,
      fromLevel: "iop",
      toLevel: "php",
      programId: setting.program.id,
      scheduleOptionId,
      effectiveOn,
      reason: "Needs more support",
      decidedByStaffId: decidedBy.member.id,
    });
  }

  /**
   * A referral closed before it started, as enrollments.closeReferral leaves it when closed on
   * `closedOn` (by default its planned start): no admission, no plan, its closing day recorded.
   */
  async function closedReferral(setting: Setting, clientId: string, startsOn: CalendarDate, closedOn: CalendarDate = startsOn) {
    const [row] = await db
      .insert(enrollments)
      .values({
        clientId,
        programId: setting.program.id,
        status: "discharged",
        level: setting.program.level,
        startsOn,
        endsOn: referralClosureEnd({ startsOn, today: closedOn }),
        dischargeReason: referralClosureDischargeReason,
        referralClosedOn: closedOn,
      })
      .returning();
    return row!;
  }

  /**
   * A client admitted to PHP on `startsOn` and stepped down to `iop` on `stepDownOn`: from then the
   * enrollment's program, option and level are IOP's, as enrollments.changeLevel leaves them.
   */
  async function steppedDownClient(
    php: Setting,
    iop: Setting,
    decidedBy: { member: { id: string } },
    options: { startsOn: CalendarDate; stepDownOn: CalendarDate; firstName: string },
  ) {
    const admitted = await f.enrolledClient(php, decidedBy, { startsOn: options.startsOn, firstName: options.firstName });
    const enrollmentId = admitted.enrollment.id;
    await db.update(levelOfCareChanges).set({ toLevel: "php" }).where(eq(levelOfCareChanges.enrollmentId, enrollmentId));
    await db.insert(levelOfCareChanges).values({
      enrollmentId,
      fromLevel: "php",
      toLevel: "iop",
      programId: iop.program.id,
      scheduleOptionId: iop.option.id,
      effectiveOn: options.stepDownOn,
      reason: "Stable for two weeks",
      decidedByStaffId: decidedBy.member.id,
    });
    await db
      .update(enrollments)
      .set({ programId: iop.program.id, scheduleOptionId: iop.option.id, level: "iop" })
      .where(eq(enrollments.id, enrollmentId));
    return admitted;
  }

  return {
    ...f,
    session,
    unenrolledClient,
    moveToOption,
    morningOption,
    renameProgram,
    setStatus,
    discharge,
    closedReferral,
    phpProgram: f.phpProgram,
    steppedDownClient,
  };
}

export const sampleDischargePlan: DischargePlan = {
  nextLevel: "outside_outpatient",
  nextProvider: { name: "Dr. Rivera", phone: "6175550123", frequency: "weekly", firstAppointmentOn: "2030-01-07" },
  joinsAlumniGroup: true,
  crisisPlan: {
    warningSigns: ["Not sleeping"],
    copingStrategies: ["Walk the dog"],
    peopleToContact: [{ name: "Sam", phone: "6175550111" }],
    professionalsToContact: [{ name: "Dr. Rivera", phone: "6175550123" }],
    makingTheEnvironmentSafe: ["Keep medication with Sam"],
  },
};

export const hours = (count: number) => count * 3_600_000;
