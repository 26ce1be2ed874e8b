import type { Executor } from "@stepwise/db/client";
import { enrollments, staffMembers, treatmentPlanObjectiveMarks, treatmentPlanSharedGoals, treatmentPlanSignatures, treatmentPlanVersions, users } from "@stepwise/db/schema";
import { and, desc, eq, inArray, sql } from "drizzle-orm";

/**
 * Every version of the plans of these enrollments of one client, newest first, with who wrote
 * each. The client id is the caller's scope: an enrollment of another client reads as none.
 */
export function findPlanVersions(db: Executor, clientId: string, enrollmentIds: readonly string[]) {
  return db
    .select({
      id: treatmentPlanVersions.id,
      enrollmentId: treatmentPlanVersions.enrollmentId,
      version: treatmentPlanVersions.version,
      reason: treatmentPlanVersions.reason,
      content: treatmentPlanVersions.content,
      changeSummary: treatmentPlanVersions.changeSummary,
      writtenBy: users.displayName,
      writtenAt: treatmentPlanVersions.writtenAt,
      supersedesId: treatmentPlanVersions.supersedesId,
    })
    .from(treatmentPlanVersions)
    .innerJoin(staffMembers, eq(staffMembers.id, treatmentPlanVersions.writtenByStaffId))
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(and(eq(treatmentPlanVersions.clientId, clientId), inArray(treatmentPlanVersions.enrollmentId, [...enrollmentIds])))
    .orderBy(desc(treatmentPlanVersions.version));
}

export type PlanVersionRow = Awaited<ReturnType<typeof findPlanVersions>>[number];

/** The signatures on this client's plan versions of these enrollments, with the signer's account name. */
export function findPlanSignatures(db: Executor, clientId: string, enrollmentIds: readonly string[]) {
  return db
    .select({
      versionId: treatmentPlanSignatures.versionId,
      signer: treatmentPlanSignatures.signer,
      signedBy: users.displayName,
      signedName: treatmentPlanSignatures.signedName,
      agrees: treatmentPlanSignatures.agrees,
      comment: treatmentPlanSignatures.comment,
      signedAt: treatmentPlanSignatures.signedAt,
    })
    .from(treatmentPlanSignatures)
    .innerJoin(treatmentPlanVersions, eq(treatmentPlanVersions.id, treatmentPlanSignatures.versionId))
    .innerJoin(users, eq(users.id, treatmentPlanSignatures.signedByUserId))
    .where(and(eq(treatmentPlanSignatures.clientId, clientId), inArray(treatmentPlanVersions.enrollmentId, [...enrollmentIds])));
}

export type PlanSignatureRow = Awaited<ReturnType<typeof findPlanSignatures>>[number];

/** The goal keys a client shares with family, per enrollment. */
export function findSharedGoalKeys(db: Executor, clientId: string, enrollmentIds: readonly string[]) {
  return db
    .select({ enrollmentId: treatmentPlanSharedGoals.enrollmentId, goalKey: treatmentPlanSharedGoals.goalKey })
    .from(treatmentPlanSharedGoals)
    .where(and(eq(treatmentPlanSharedGoals.clientId, clientId), inArray(treatmentPlanSharedGoals.enrollmentId, [...enrollmentIds])));
}

export function insertPlanVersion(db: Executor, version: typeof treatmentPlanVersions.$inferInsert) {
  return db.insert(treatmentPlanVersions).values(version).returning({ id: treatmentPlanVersions.id, version: treatmentPlanVersions.version });
}

export function insertPlanSignature(db: Executor, signature: typeof treatmentPlanSignatures.$inferInsert) {
  return db.insert(treatmentPlanSignatures).values(signature).returning({ signedAt: treatmentPlanSignatures.signedAt });
}

/** Share or stop sharing one goal; sharing twice keeps the first time it was shared. */
export async function setGoalShared(db: Executor, goal: { clientId: string; enrollmentId: string; goalKey: string }, shared: boolean) {
  if (shared) {
    await db.insert(treatmentPlanSharedGoals).values(goal).onConflictDoNothing();
  } else {
    await db
      .delete(treatmentPlanSharedGoals)
      .where(
        and(
          eq(treatmentPlanSharedGoals.clientId, goal.clientId),
          eq(treatmentPlanSharedGoals.enrollmentId, goal.enrollmentId),
          eq(treatmentPlanSharedGoals.goalKey, goal.goalKey),
        ),
      );
  }
}

/** The objectives a clinician marked met, per enrollment, with the day. */
export function findObjectiveMarks(db: Executor, clientId: string, enrollmentIds: readonly string[]) {
  return db
    .select({
      enrollmentId: treatmentPlanObjectiveMarks.enrollmentId,
      objectiveKey: treatmentPlanObjectiveMarks.objectiveKey,
      metOn: treatmentPlanObjectiveMarks.metOn,
    })
    .from(treatmentPlanObjectiveMarks)
    .where(and(eq(treatmentPlanObjectiveMarks.clientId, clientId), inArray(treatmentPlanObjectiveMarks.enrollmentId, [...enrollmentIds])));
}

/** Mark an objective met; marking it again keeps the first mark. */
export async function insertObjectiveMark(db: Executor, mark: typeof treatmentPlanObjectiveMarks.$inferInsert) {
  const inserted = await db.insert(treatmentPlanObjectiveMarks).values(mark).onConflictDoNothing().returning({ metOn: treatmentPlanObjectiveMarks.metOn });
  return inserted.length > 0;
}

/**
 * The enrollment of one of this client's plan versions, locked until the request ends, so a
 * signature and a new version (written under the same lock) take turns and a signature never
 * lands on a version superseded a moment before. Null for another client's version, or none.
 */
export async function lockPlanVersionEnrollment(db: Executor, clientId: string, versionId: string) {
  const [version] = await db
    .select({ enrollmentId: treatmentPlanVersions.enrollmentId })
    .from(treatmentPlanVersions)
    .where(and(eq(treatmentPlanVersions.id, versionId), eq(treatmentPlanVersions.clientId, clientId)));
  if (!version) return null;
  await db.select({ id: enrollments.id }).from(enrollments).where(eq(enrollments.id, version.enrollmentId)).for("update");
  return version.enrollmentId;
}

/**
 * For the board: per enrollment, its current plan version (the highest number) with whether each
 * side has signed it, when the plan was last reviewed (the latest first plan or review), and the
 * first version's date. One statement however many enrollments, walking
 * treatment_plan_versions_number backwards.
 */
export function findCurrentPlanStates(db: Executor, enrollmentIds: readonly string[]) {
  if (enrollmentIds.length === 0) return Promise.resolve([]);
  // Qualified by hand: drizzle names a column without its table here, which the subqueries would read as their own.
  const signed = (signer: "client" | "staff") =>
    sql<boolean>`exists (select 1 from treatment_plan_signatures s where s.version_id = treatment_plan_versions.id and s.signer = ${signer})`;
  return db
    .selectDistinctOn([treatmentPlanVersions.enrollmentId], {
      enrollmentId: treatmentPlanVersions.enrollmentId,
      version: treatmentPlanVersions.version,
      clientSigned: signed("client"),
      staffSigned: signed("staff"),
      // The latest version that counts as a review (the domain's countsAsPlanReview: not a change between reviews).
      lastReviewedAt: sql<Date>`(select max(r.written_at) from treatment_plan_versions r where r.enrollment_id = treatment_plan_versions.enrollment_id and r.reason <> 'revision')`.mapWith(
        (value: string | Date) => new Date(value),
      ),
    })
    .from(treatmentPlanVersions)
    .where(inArray(treatmentPlanVersions.enrollmentId, [...enrollmentIds]))
    .orderBy(treatmentPlanVersions.enrollmentId, desc(treatmentPlanVersions.version));
}
