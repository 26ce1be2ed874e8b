import { type PlanOverview } from "../../services/treatment-plans/plan-overview";

/**
 * The plan as the client reads it: the newest version their care team has signed, in their words
 * and the clinician's, with each objective's progress and who is responsible for each part, the
 * client's own signature and comment, and which goals they share with family. Staff-only detail
 * (who wrote each version, the history's change notes) stays with staff.
 */
export function toClientPlan(overview: PlanOverview) {
  const version = overview.forClient;
  if (!version) return null;
  const shared = new Set(overview.sharedGoalKeys);
  const { client, staff } = version.signatures;
  return {
    versionId: version.id,
    version: version.version,
    writtenAt: version.writtenAt,
    state: version.state,
    /** A newer version is being written by the care team; this one stays until they sign it. */
    beingUpdated: version.id !== overview.current.id,
    problems: version.content.problems,
    goals: version.content.goals.map((goal) => ({ ...goal, sharedWithFamily: shared.has(goal.key) })),
    objectives: version.objectives.map(({ key, goalKey, description, targetOn, measure, progress }) => ({ key, goalKey, description, targetOn, measure, progress })),
    interventions: version.interventions.map(({ key, sessionKind, timesPerWeek, responsible }) => ({ key, sessionKind, timesPerWeek, responsible })),
    careTeamSignedAt: staff?.signedAt ?? null,
    careTeamSignedBy: staff?.signedBy ?? null,
    yourSignature: client ? { signedName: client.signedName, agrees: client.agrees, comment: client.comment, signedAt: client.signedAt } : null,
    reviewDue: overview.reviewDue,
    /** The program's zone, which the signing days are read in. */
    timeZone: overview.timeZone,
  };
}
