import type { Executor } from "@stepwise/db/client";
import { enrollmentStatusChanges, enrollments, levelOfCareChanges, programs, recertifications, scheduleOptions } from "@stepwise/db/schema";
import {
  type CalendarDate,
  type CareLevel,
  type EnrollmentStatus,
  type IsoWeekday,
  type LatestStatusChange,
  type Placement,
  type PlacementTarget,
  programPolicyOf,
} from "@stepwise/domain";
import { and, eq, ne } from "drizzle-orm";
import { levelSince } from "../../queries/enrollment-chronology.queries";
import { wallClockOf } from "../programs/programs.queries";
import { statusChangeOrder } from "../../queries/status-change-order.queries";

/**
 * The enrollment a change applies to, locked until the transaction ends: two staff changing the
 * same enrollment at once take turns, and the second sees what the first did.
 */
export async function lockEnrollment(tx: Executor, enrollmentId: string) {
  const [row] = await tx
    .select({
      id: enrollments.id,
      clientId: enrollments.clientId,
      programId: enrollments.programId,
      scheduleOptionId: enrollments.scheduleOptionId,
      status: enrollments.status,
      level: enrollments.level,
      startsOn: enrollments.startsOn,
      intakeOn: enrollments.intakeOn,
      timeZone: programs.timeZone,
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(eq(enrollments.id, enrollmentId))
    .for("update", { of: enrollments });
  if (!row) return null;
  // Read once the lock is held, so a level change committed by the request waited for is seen.
  const [since] = await tx.select({ levelSince }).from(enrollments).where(eq(enrollments.id, enrollmentId));
  return { ...row, levelSince: since?.levelSince ?? row.startsOn };
}

export type LockedEnrollment = NonNullable<Awaited<ReturnType<typeof lockEnrollment>>>;

/**
 * The enrollment's latest status change (to which status, from which day), in the order the
 * enrollment history reads them; null when it has none.
 */
export async function findLatestStatusChange(tx: Executor, enrollmentId: string): Promise<LatestStatusChange | null> {
  const [latest] = await tx
    .select({ to: enrollmentStatusChanges.toStatus, effectiveOn: enrollmentStatusChanges.effectiveOn })
    .from(enrollmentStatusChanges)
    .where(eq(enrollmentStatusChanges.enrollmentId, enrollmentId))
    .orderBy(statusChangeOrder("desc"))
    .limit(1);
  return latest ?? null;
}

/** The program and schedule option a placement names, as the domain checks them; null when either is missing. */
export async function loadPlacementTarget(tx: Executor, placement: Placement): Promise<PlacementTarget | null> {
  const [program] = await tx.select().from(programs).where(eq(programs.id, placement.programId));
  const [option] = await tx.select().from(scheduleOptions).where(eq(scheduleOptions.id, placement.scheduleOptionId));
  if (!program || !option) return null;
  return {
    programId: program.id,
    program: { level: program.level, active: program.active, policy: programPolicyOf(program) },
    option: {
      programId: option.programId,
      name: option.name,
      shift: option.shift,
      weekdays: option.weekdays as IsoWeekday[],
      startTime: wallClockOf(option.startTime),
      endTime: wallClockOf(option.endTime),
    },
  };
}

type EnrollmentChanges = Partial<Omit<typeof enrollments.$inferInsert, "id" | "clientId">>;

/** Writes a change to the (locked) enrollment row. */
export async function updateEnrollment(tx: Executor, enrollmentId: string, changes: EnrollmentChanges) {
  await tx.update(enrollments).set(changes).where(eq(enrollments.id, enrollmentId));
}

/** Appends a status change to the enrollment's history, with who recorded it. */
export async function insertStatusChange(
  tx: Executor,
  change: { enrollmentId: string; from: EnrollmentStatus | null; to: EnrollmentStatus; effectiveOn: CalendarDate; reason?: string | null; recordedByStaffId: string },
) {
  await tx.insert(enrollmentStatusChanges).values({
    enrollmentId: change.enrollmentId,
    fromStatus: change.from,
    toStatus: change.to,
    effectiveOn: change.effectiveOn,
    reason: change.reason ?? null,
    recordedByStaffId: change.recordedByStaffId,
  });
}

/** Appends a level-of-care change (the admission is the first) to the enrollment's history; its id. */
export async function insertLevelChange(tx: Executor, change: typeof levelOfCareChanges.$inferInsert): Promise<string> {
  const [row] = await tx.insert(levelOfCareChanges).values(change).returning({ id: levelOfCareChanges.id });
  return row!.id;
}

/** Records a recertification of the enrollment's current level; its id. */
export async function insertRecertification(
  tx: Executor,
  recertification: { enrollmentId: string; level: CareLevel; certifiedOn: CalendarDate; certifiedByStaffId: string },
): Promise<string> {
  const [row] = await tx.insert(recertifications).values(recertification).returning({ id: recertifications.id });
  return row!.id;
}

/** A new enrollment in status "referred"; its id. */
export async function insertReferredEnrollment(
  tx: Executor,
  referral: { clientId: string; programId: string; level: CareLevel; startsOn: CalendarDate },
): Promise<string> {
  const [enrollment] = await tx
    .insert(enrollments)
    .values({ ...referral, status: "referred" })
    .returning({ id: enrollments.id });
  return enrollment!.id;
}

/** Whether the client has an enrollment that is not discharged, e.g. one a racing referral just opened. */
export async function hasOpenEnrollment(db: Executor, clientId: string): Promise<boolean> {
  const [open] = await db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(and(eq(enrollments.clientId, clientId), ne(enrollments.status, "discharged")))
    .limit(1);
  return open !== undefined;
}
