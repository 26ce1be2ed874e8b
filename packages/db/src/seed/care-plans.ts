import {
  type CareLevel,
  type LocRatings,
  type PlanContent,
  addDays,
  instantToZonedDate,
  locComposite,
  planContentSchema,
  recommendLevelOfCare,
  zonedWallClockToInstant,
} from "@stepwise/domain";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Transaction } from "../client";
import {
  clients,
  enrollments,
  levelOfCareAssessments,
  levelOfCareDecisions,
  measureResponses,
  payerAuthorizations,
  programs,
  staffMembers,
  treatmentPlanSignatures,
  treatmentPlanVersions,
  users,
} from "../schema";
import type { SeedContext } from "./center";
import { demoClientEmail } from "./roster";
import { demoClinicianEmail } from "./staff";

export interface CarePlanCounts {
  plans: number;
  assessments: number;
  authorizations: number;
}

/**
 * Where each client's plan stands in the demo, so the board and both apps show every state: signed
 * by both, a change waiting for the client, a first plan waiting for the client, a review past its
 * date, and none written yet. The demo client always has a change to sign, with a PHQ-9 objective
 * their next low score meets.
 */
type PlanStage = "signed" | "change_to_sign" | "first_to_sign" | "review_due" | "none";
const stages: readonly PlanStage[] = ["signed", "change_to_sign", "first_to_sign", "review_due", "signed", "none"];

/** Ratings whose composite falls in each level's default band (7–13, 14–19, 20–27). */
const ratingsFor: Record<CareLevel, LocRatings> = {
  outpatient: { risk_of_harm: 1, functional_status: 2, co_morbidity: 1, recovery_environment_stress: 2, recovery_environment_support: 1, treatment_history: 2, engagement: 1 },
  iop: { risk_of_harm: 2, functional_status: 3, co_morbidity: 2, recovery_environment_stress: 2, recovery_environment_support: 2, treatment_history: 3, engagement: 2 },
  php: { risk_of_harm: 3, functional_status: 4, co_morbidity: 3, recovery_environment_stress: 3, recovery_environment_support: 3, treatment_history: 3, engagement: 3 },
};
const oneLevelUp: Record<CareLevel, CareLevel> = { outpatient: "iop", iop: "php", php: "php" };

/**
 * Treatment plans, level-of-care assessments and payer authorizations for the clients in care,
 * written as the staff would have: plans in each state, assessments that agree with the current
 * level and a few that recommend another (one declined, the others waiting for a decision), and an
 * authorization per IOP or PHP client, one of them running out this week. Seeded once: a demo
 * that has any plan keeps what it has.
 */
export async function seedCarePlans(context: SeedContext): Promise<CarePlanCounts | null> {
  const { tx, now } = context;
  const [existing] = await tx.select({ id: treatmentPlanVersions.id }).from(treatmentPlanVersions).limit(1);
  if (existing) return null;
  const clinician = await findClinician(tx);
  if (!clinician) return null;
  const inCare = await inCareEnrollments(tx);
  const latestPhq9 = await latestPhq9Totals(tx, inCare.map((enrollment) => enrollment.id));
  const counts: CarePlanCounts = { plans: 0, assessments: 0, authorizations: 0 };

  for (const [index, enrollment] of inCare.entries()) {
    const today = instantToZonedDate(now, enrollment.timeZone);
    // A time on a day of the program's calendar, never later than now (a client admitted today).
    const at = (date: string, time: string) => new Date(Math.min(zonedWallClockToInstant(date, time, enrollment.timeZone).getTime(), now.getTime() - 60_000));
    const stage: PlanStage = enrollment.isDemoClient ? "change_to_sign" : stages[index % stages.length]!;
    const firstOn = stage === "review_due" ? maxDate(enrollment.startsOn, addDays(today, -45)) : maxDate(enrollment.startsOn, addDays(today, -20));
    const target = Math.max(1, Math.min(10, latestPhq9.get(enrollment.id) ?? 10));
    if (stage !== "none") {
      const first = planContent(enrollment, clinician.staffMemberId, { phq9Below: target, targetOn: addDays(firstOn, 42), withFamilyGoal: false });
      const [v1] = await tx
        .insert(treatmentPlanVersions)
        .values({ clientId: enrollment.clientId, enrollmentId: enrollment.id, version: 1, reason: "initial", content: first, writtenByStaffId: clinician.staffMemberId, writtenAt: at(firstOn, "10:00") })
        .returning({ id: treatmentPlanVersions.id });
      counts.plans += 1;
      await tx.insert(treatmentPlanSignatures).values({ versionId: v1!.id, clientId: enrollment.clientId, signer: "staff", signedByUserId: clinician.userId, signedAt: at(firstOn, "10:30") });
      if (stage !== "first_to_sign") {
        // Signed at the center with the clinician, on their screen, when the client has no portal account.
        await tx.insert(treatmentPlanSignatures).values({
          versionId: v1!.id,
          clientId: enrollment.clientId,
          signer: "client",
          signedByUserId: enrollment.userId ?? clinician.userId,
          signedName: `${enrollment.firstName} ${enrollment.lastName}`,
          agrees: true,
          signedAt: at(firstOn, "11:00"),
        });
      }
      if (stage === "change_to_sign") {
        const changedOn = maxDate(firstOn, addDays(today, -2));
        const second = planContent(enrollment, clinician.staffMemberId, { phq9Below: target, targetOn: addDays(firstOn, 42), withFamilyGoal: true });
        const [v2] = await tx
          .insert(treatmentPlanVersions)
          .values({
            clientId: enrollment.clientId,
            enrollmentId: enrollment.id,
            version: 2,
            reason: "revision",
            content: second,
            changeSummary: "Added a goal about reconnecting with family, which came up in individual sessions.",
            writtenByStaffId: clinician.staffMemberId,
            writtenAt: at(changedOn, "14:00"),
            supersedesId: v1!.id,
          })
          .returning({ id: treatmentPlanVersions.id });
        counts.plans += 1;
        await tx.insert(treatmentPlanSignatures).values({ versionId: v2!.id, clientId: enrollment.clientId, signer: "staff", signedByUserId: clinician.userId, signedAt: at(changedOn, "14:30") });
      }
    }

    // Every other client has an assessment: most agree with their level; every fifth recommends a step up.
    if (index % 2 === 0 && !enrollment.isDemoClient) {
      const disagrees = index % 10 === 0 || index % 10 === 4;
      const ratings = ratingsFor[disagrees ? oneLevelUp[enrollment.level] : enrollment.level];
      const recommendation = recommendLevelOfCare({
        currentLevel: enrollment.level,
        ratings,
        assessedOn: addDays(today, -3),
        measures: [],
        consecutiveWeeksUnderFloor: 0,
        inpatientDischargeOn: null,
        openSafetyAlert: false,
      });
      const [assessment] = await tx
        .insert(levelOfCareAssessments)
        .values({
          clientId: enrollment.clientId,
          enrollmentId: enrollment.id,
          ratings,
          composite: locComposite(ratings),
          currentLevel: enrollment.level,
          recommended: recommendation.recommended,
          reasons: recommendation.reasons,
          note: disagrees ? "More days missed and more stress at home since the last review." : null,
          assessedByStaffId: clinician.staffMemberId,
          assessedAt: at(addDays(today, -3), "15:00"),
        })
        .returning({ id: levelOfCareAssessments.id });
      counts.assessments += 1;
      if (index % 10 === 4 && recommendation.differsFromCurrent) {
        await tx.insert(levelOfCareDecisions).values({
          assessmentId: assessment!.id,
          clientId: enrollment.clientId,
          decision: "decline",
          reason: "Discussed with the client: they want to stay at this level for two more weeks with an added individual session.",
          decidedByStaffId: clinician.staffMemberId,
          decidedAt: at(addDays(today, -2), "09:00"),
        });
      }
    }

    if (enrollment.level !== "outpatient") {
      // The third client at IOP or PHP is running out: the period ends in four days.
      const endingSoon = counts.authorizations === 2;
      await tx.insert(payerAuthorizations).values({
        clientId: enrollment.clientId,
        enrollmentId: enrollment.id,
        payer: index % 2 === 0 ? "Bay State Health Plan" : "Commonwealth Care Alliance",
        number: `PA-${String(2026_1000 + index)}`,
        unitsApproved: endingSoon ? 24 : 40,
        startsOn: enrollment.startsOn,
        endsOn: endingSoon ? addDays(today, 4) : addDays(enrollment.startsOn, 89),
        recordedByStaffId: clinician.staffMemberId,
        recordedAt: at(enrollment.startsOn, "09:00"),
      });
      counts.authorizations += 1;
    }
  }
  return counts;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** A plan in the words a clinician and client would write together, checked by the domain's schema. */
function planContent(
  enrollment: { level: CareLevel },
  staffMemberId: string,
  options: { phq9Below: number; targetOn: string; withFamilyGoal: boolean },
): PlanContent {
  const hours = enrollment.level === "php" ? 20 : enrollment.level === "iop" ? 9 : 1;
  const content: PlanContent = {
    problems: [
      {
        key: "low-mood",
        clientWords: "I feel down most days and have stopped doing things I used to enjoy.",
        clinicianWords: "Depressed mood with loss of interest, affecting work and sleep.",
      },
      { key: "worry", clientWords: "I worry all the time and can't switch off at night.", clinicianWords: "Persistent worry with sleep onset difficulty." },
    ],
    goals: [
      { key: "feel-better", clientWords: "Feel like myself again and get back to the things I enjoy." },
      { key: "sleep", clientWords: "Sleep through the night most nights." },
    ],
    objectives: [
      {
        key: "phq9-down",
        goalKey: "feel-better",
        description: "Bring my mood scores down.",
        targetOn: options.targetOn,
        measure: { kind: "score_below", instrument: "phq9", below: options.phq9Below },
      },
      {
        key: "attend",
        goalKey: "feel-better",
        description: "Come to my program sessions.",
        targetOn: options.targetOn,
        measure: { kind: "weekly_hours", atLeastHours: hours, weeksRunning: 4 },
      },
      { key: "sleep-routine", goalKey: "sleep", description: "Keep a wind-down routine at least five nights a week.", targetOn: options.targetOn, measure: { kind: "clinician_marked" } },
    ],
    interventions: [
      { key: "skills", sessionKind: "skills_group", timesPerWeek: 3, responsibleStaffId: staffMemberId },
      { key: "individual", sessionKind: "individual", timesPerWeek: 1, responsibleStaffId: staffMemberId },
    ],
  };
  if (options.withFamilyGoal) {
    content.goals.push({ key: "family", clientWords: "Talk more openly with my family about how I'm doing." });
    content.objectives.push({
      key: "family-session",
      goalKey: "family",
      description: "Take part in a family session.",
      targetOn: options.targetOn,
      measure: { kind: "clinician_marked" },
    });
  }
  return planContentSchema.parse(content);
}

async function findClinician(tx: Transaction) {
  const [row] = await tx
    .select({ staffMemberId: staffMembers.id, userId: users.id })
    .from(staffMembers)
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(eq(users.email, demoClinicianEmail));
  return row ?? null;
}

async function inCareEnrollments(tx: Transaction) {
  const rows = await tx
    .select({
      id: enrollments.id,
      clientId: enrollments.clientId,
      level: enrollments.level,
      startsOn: enrollments.startsOn,
      timeZone: programs.timeZone,
      firstName: clients.firstName,
      lastName: clients.lastName,
      userId: clients.userId,
      email: users.email,
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .innerJoin(clients, eq(clients.id, enrollments.clientId))
    .leftJoin(users, eq(users.id, clients.userId))
    .where(inArray(enrollments.status, ["active", "on_hold"]))
    .orderBy(asc(clients.lastName), asc(clients.firstName));
  return rows.map((row) => ({ ...row, isDemoClient: row.email === demoClientEmail }));
}

/** Each enrollment's latest PHQ-9 total, so a plan's target sits just under where the client is. */
async function latestPhq9Totals(tx: Transaction, enrollmentIds: readonly string[]) {
  if (enrollmentIds.length === 0) return new Map<string, number>();
  const rows = await tx
    .selectDistinctOn([measureResponses.enrollmentId], { enrollmentId: measureResponses.enrollmentId, total: measureResponses.total })
    .from(measureResponses)
    .where(and(inArray(measureResponses.enrollmentId, [...enrollmentIds]), eq(measureResponses.instrument, "phq9")))
    .orderBy(measureResponses.enrollmentId, desc(measureResponses.dueOn), desc(measureResponses.submittedAt));
  return new Map(rows.map((row) => [row.enrollmentId, row.total]));
}
