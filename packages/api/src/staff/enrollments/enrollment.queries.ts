import type { Executor } from "@stepwise/db/client";
import { enrollmentStatusChanges, enrollments, levelOfCareChanges, programs, scheduleOptions } from "@stepwise/db/schema";
import { type IsoWeekday, type LatestStatusChange, type Placement, type PlacementTarget, programPolicyOf } from "@stepwise/domain";
import { eq, max } from "drizzle-orm";
import { statusChangeOrder } from "../../status-change-order";

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
  const [since] = await tx
    .select({ on: max(levelOfCareChanges.effectiveOn) })
    .from(levelOfCareChanges)
    .where(eq(levelOfCareChanges.enrollmentId, enrollmentId));
  // The day the current level began: the latest level change, or the enrollment's start.
  return { ...row, levelSince: since?.on ?? row.startsOn };
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
      // Postgres returns `time` as 'HH:MM:SS'; schedules are kept to the minute.
      startTime: option.startTime.slice(0, 5),
      endTime: option.endTime.slice(0, 5),
    },
  };
}
