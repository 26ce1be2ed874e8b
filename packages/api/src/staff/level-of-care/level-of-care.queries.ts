import type { Executor } from "@stepwise/db/client";
import { levelOfCareAssessments, levelOfCareDecisions, staffMembers, users } from "@stepwise/db/schema";
import { and, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

const assessor = alias(users, "assessor");
const assessorStaff = alias(staffMembers, "assessor_staff");
const decider = alias(users, "decider");
const deciderStaff = alias(staffMembers, "decider_staff");

/** A client's assessments, newest first, each with its decision and who made both. One statement. */
export function findAssessments(db: Executor, clientId: string) {
  return db
    .select({
      id: levelOfCareAssessments.id,
      enrollmentId: levelOfCareAssessments.enrollmentId,
      ratings: levelOfCareAssessments.ratings,
      composite: levelOfCareAssessments.composite,
      currentLevel: levelOfCareAssessments.currentLevel,
      recommended: levelOfCareAssessments.recommended,
      reasons: levelOfCareAssessments.reasons,
      note: levelOfCareAssessments.note,
      assessedAt: levelOfCareAssessments.assessedAt,
      assessedBy: assessor.displayName,
      decision: levelOfCareDecisions.decision,
      decisionReason: levelOfCareDecisions.reason,
      decidedAt: levelOfCareDecisions.decidedAt,
      decidedBy: decider.displayName,
    })
    .from(levelOfCareAssessments)
    .innerJoin(assessorStaff, eq(assessorStaff.id, levelOfCareAssessments.assessedByStaffId))
    .innerJoin(assessor, eq(assessor.id, assessorStaff.userId))
    .leftJoin(levelOfCareDecisions, eq(levelOfCareDecisions.assessmentId, levelOfCareAssessments.id))
    .leftJoin(deciderStaff, eq(deciderStaff.id, levelOfCareDecisions.decidedByStaffId))
    .leftJoin(decider, eq(decider.id, deciderStaff.userId))
    .where(eq(levelOfCareAssessments.clientId, clientId))
    .orderBy(desc(levelOfCareAssessments.assessedAt));
}

export type AssessmentRow = Awaited<ReturnType<typeof findAssessments>>[number];

export async function insertAssessment(db: Executor, assessment: typeof levelOfCareAssessments.$inferInsert) {
  const [row] = await db.insert(levelOfCareAssessments).values(assessment).returning({ id: levelOfCareAssessments.id, assessedAt: levelOfCareAssessments.assessedAt });
  return row!;
}

/** One assessment of this client with whether it has been decided; null for another client's, or none. */
export async function findAssessment(db: Executor, clientId: string, assessmentId: string) {
  const [row] = await db
    .select({
      id: levelOfCareAssessments.id,
      enrollmentId: levelOfCareAssessments.enrollmentId,
      currentLevel: levelOfCareAssessments.currentLevel,
      recommended: levelOfCareAssessments.recommended,
      decidedAt: levelOfCareDecisions.decidedAt,
    })
    .from(levelOfCareAssessments)
    .leftJoin(levelOfCareDecisions, eq(levelOfCareDecisions.assessmentId, levelOfCareAssessments.id))
    .where(and(eq(levelOfCareAssessments.id, assessmentId), eq(levelOfCareAssessments.clientId, clientId)));
  return row ?? null;
}

export function insertDecision(db: Executor, decision: typeof levelOfCareDecisions.$inferInsert) {
  return db.insert(levelOfCareDecisions).values(decision);
}

/** For the board: each enrollment's latest assessment, with its decision once made. One statement. */
export function findLatestAssessments(db: Executor, enrollmentIds: readonly string[]) {
  if (enrollmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectDistinctOn([levelOfCareAssessments.enrollmentId], {
      enrollmentId: levelOfCareAssessments.enrollmentId,
      recommended: levelOfCareAssessments.recommended,
      decision: levelOfCareDecisions.decision,
    })
    .from(levelOfCareAssessments)
    .leftJoin(levelOfCareDecisions, eq(levelOfCareDecisions.assessmentId, levelOfCareAssessments.id))
    .where(inArray(levelOfCareAssessments.enrollmentId, [...enrollmentIds]))
    .orderBy(levelOfCareAssessments.enrollmentId, desc(levelOfCareAssessments.assessedAt));
}
