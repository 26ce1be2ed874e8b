import type { Executor } from "@stepwise/db/client";
import {
  type CalendarDate,
  type CareLevel,
  type ObjectiveEvidence,
  instantToZonedDate,
  mondayOf,
  countsAsPlanReview,
  objectiveProgress,
  planReviewDueFor,
  planVersionState,
  versionForClient,
  weekBounds,
} from "@stepwise/domain";
import { findWeeklyAttendance } from "../../queries/compliance.queries";
import { findCurrentResponses } from "../../queries/measure-responses.queries";
import { findStaffNames } from "../../queries/staff-members.queries";
import {
  type PlanSignatureRow,
  type PlanVersionRow,
  findObjectiveMarks,
  findPlanSignatures,
  findPlanVersions,
  findSharedGoalKeys,
} from "../../queries/treatment-plans.queries";

/** The enrollment a plan belongs to, as the caller's scope has already found it. */
export interface PlanEnrollment {
  clientId: string;
  enrollmentId: string;
  level: CareLevel;
  /** The first day at the current level: reviews and recertifications count from it. */
  levelSince: CalendarDate;
  lastRecertifiedOn: CalendarDate | null;
  timeZone: string;
}

function signaturesOf(signatures: readonly PlanSignatureRow[], versionId: string) {
  const of = signatures.filter((signature) => signature.versionId === versionId);
  const client = of.find((signature) => signature.signer === "client") ?? null;
  const staff = of.find((signature) => signature.signer === "staff") ?? null;
  return { client, staff };
}

/** A version with its state and signatures; superseded once a later version names it. */
function versionView(version: PlanVersionRow, versions: readonly PlanVersionRow[], signatures: readonly PlanSignatureRow[]) {
  const successor = versions.find((candidate) => candidate.supersedesId === version.id) ?? null;
  const signed = signaturesOf(signatures, version.id);
  const state = planVersionState({
    clientSignedAt: signed.client?.signedAt ?? null,
    staffSignedAt: signed.staff?.signedAt ?? null,
    supersededAt: successor?.writtenAt ?? null,
  });
  return { ...version, state, signatures: signed };
}

export type PlanVersionView = ReturnType<typeof versionView>;

/**
 * A client's treatment plan in one enrollment: the current version with each objective's
 * progress from the scores and hours on record, every earlier version with its signatures, the
 * goals the client shares with family, and when the next review is due (never after the next
 * recertification). Null before a first version is written. Seven statements, whatever the history.
 */
export async function getPlanOverview(db: Executor, enrollment: PlanEnrollment, now: Date) {
  const { clientId, enrollmentId, timeZone } = enrollment;
  const [versions, signatures, shared, marks] = await Promise.all([
    findPlanVersions(db, clientId, [enrollmentId]),
    findPlanSignatures(db, clientId, [enrollmentId]),
    findSharedGoalKeys(db, clientId, [enrollmentId]),
    findObjectiveMarks(db, clientId, [enrollmentId]),
  ]);
  const current = versions[0];
  if (!current) return null;

  const today = instantToZonedDate(now, timeZone);
  const first = versions.at(-1)!;
  const planStartedOn = instantToZonedDate(first.writtenAt, timeZone);
  const responsibleStaff = new Set(versions.flatMap((version) => version.content.interventions.map((intervention) => intervention.responsibleStaffId)));
  const [evidence, staffNames] = await Promise.all([planEvidence(db, enrollment, planStartedOn, today), findStaffNames(db, [...responsibleStaff])]);
  const markedOn = new Map(marks.map((mark) => [mark.objectiveKey, mark.metOn]));

  const lastReview = versions.find((version) => countsAsPlanReview(version.reason)) ?? first;
  const { reviewDue, nextRecertificationDue } = planReviewDueFor({
    level: enrollment.level,
    levelSince: enrollment.levelSince,
    lastRecertifiedOn: enrollment.lastRecertifiedOn,
    lastPlanReviewOn: instantToZonedDate(lastReview.writtenAt, timeZone),
  });

  const withProgress = (version: PlanVersionRow) => ({
    ...versionView(version, versions, signatures),
    objectives: version.content.objectives.map((objective) => ({
      ...objective,
      markedMetOn: markedOn.get(objective.key) ?? null,
      progress: objectiveProgress(objective, { ...evidence, clinicianMarkedMetOn: markedOn.get(objective.key) ?? null }, today),
    })),
    interventions: version.content.interventions.map((intervention) => ({
      ...intervention,
      responsible: staffNames.get(intervention.responsibleStaffId) ?? null,
    })),
  });
  // The client reads the newest version the care team has signed: one still being written is not theirs to sign yet.
  const forClient = versionForClient(versions, new Set(signatures.filter((signature) => signature.signer === "staff").map((signature) => signature.versionId)));

  return {
    today,
    /** The program's zone: a signature's day is read there. */
    timeZone,
    current: withProgress(current),
    history: versions.slice(1).map((version) => versionView(version, versions, signatures)),
    forClient: forClient ? withProgress(forClient) : null,
    sharedGoalKeys: shared.map((goal) => goal.goalKey),
    reviewDue,
    reviewOverdue: reviewDue < today,
    nextRecertificationDue,
  };
}

export type PlanOverview = NonNullable<Awaited<ReturnType<typeof getPlanOverview>>>;

/** The scores and weekly hours since the plan started, as objectiveProgress reads them. */
async function planEvidence(
  db: Executor,
  enrollment: PlanEnrollment,
  planStartedOn: CalendarDate,
  today: CalendarDate,
): Promise<Omit<ObjectiveEvidence, "clinicianMarkedMetOn">> {
  const since = weekBounds(mondayOf(planStartedOn), enrollment.timeZone).from;
  const [responses, weeks] = await Promise.all([
    findCurrentResponses(db, [enrollment.clientId]),
    findWeeklyAttendance(db, since, { clientId: enrollment.clientId }),
  ]);
  const thisWeek = mondayOf(today);
  return {
    scores: responses
      .filter((response) => response.enrollmentId === enrollment.enrollmentId)
      .map((response) => ({ instrument: response.instrument, total: response.total, submittedOn: instantToZonedDate(response.submittedAt, enrollment.timeZone) }))
      .filter((score) => score.submittedOn >= planStartedOn),
    weeks: weeks.map((week) => ({ weekStart: week.weekStart, minutes: week.minutes, complete: week.weekStart < thisWeek })),
  };
}
