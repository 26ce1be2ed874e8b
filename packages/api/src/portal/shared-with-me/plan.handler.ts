import type { Executor } from "@stepwise/db/client";
import {
  careLevelDefinitions,
  describeWeeklyBand,
  formatExpectedLength,
  isBeforeStart,
  isEnrollmentOpen,
  lastDayOfEnrollment,
  goalsSharedWithFamily,
  levelHasWeeklyBand,
} from "@stepwise/domain";
import { findClientEpisode } from "../../queries/client-episode.queries";
import { findSharedGoalKeys } from "../../queries/treatment-plans.queries";
import { findFamilyPlanVersion } from "../../services/treatment-plans/client-version";

/** Where the client is with the program, without saying why: a pause reads as taking part. */
type SharedPlanStage = "before_start" | "in_care" | "ended";

/**
 * The plan summary a client may share: the level of care in plain words, the program, when it
 * started and how long it usually lasts, and the goals of their treatment plan they chose to
 * share, in their words. Never the care team, notes, diagnoses, the plan's problems, objectives or
 * interventions, the reason a program ended, or the discharge and crisis plans.
 */
export async function getSharedPlan(db: Executor, client: { clientId: string }) {
  const found = await findClientEpisode(db, client.clientId);
  if (!found) return null;
  const enrollment = found.episode;
  if (!enrollment) return { enrollment: null };
  const definition = careLevelDefinitions[enrollment.level];
  // The goals of the newest version the client signed: words they have read, never a draft's.
  const [version, sharedKeys] = await Promise.all([
    findFamilyPlanVersion(db, client.clientId, enrollment.id),
    findSharedGoalKeys(db, client.clientId, [enrollment.id]),
  ]);
  const goals = version ? goalsSharedWithFamily(version.content, new Set(sharedKeys.map((goal) => goal.goalKey))) : [];
  const stage: SharedPlanStage =
    !isEnrollmentOpen(enrollment.status) ? "ended" : isBeforeStart(enrollment.status) ? "before_start" : "in_care";
  const weeklyMinutes = { min: enrollment.program.minWeeklyMinutes, max: enrollment.program.maxWeeklyMinutes };
  return {
    enrollment: {
      stage,
      level: {
        code: enrollment.level,
        label: definition.label,
        supportLevel: definition.description.supportLevel,
        schedule: definition.description.schedule,
        weeklyHours: levelHasWeeklyBand(enrollment.level) ? describeWeeklyBand({ weeklyMinutes }) : null,
      },
      programName: enrollment.program.name,
      startsOn: enrollment.startsOn,
      expectedLength: formatExpectedLength(enrollment.program.expectedLengthWeeks),
      /** The last day in the program, once it has ended (the stored end is exclusive). */
      lastDayOn: stage === "ended" && enrollment.endsOn ? lastDayOfEnrollment(enrollment.endsOn) : null,
      /** The goals the client shares, in their own words, as in the version they signed. */
      goals,
      /** Which version the goals are from, for the disclosure's audit row. */
      goalsFromVersionId: version?.id ?? null,
    },
  };
}

export type SharedPlan = NonNullable<Awaited<ReturnType<typeof getSharedPlan>>>;
