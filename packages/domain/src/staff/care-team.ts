import { z } from "zod";
import { isEnrollmentOpen } from "../enrollment/enrollment-lifecycle";
import type { EnrollmentStatus } from "../enrollment/enrollment-status";
import { refusalMessage } from "../common/refusal";
import { singleLineTextSchema } from "../common/text";
import type { StaffRole } from "./staff-permission";

/**
 * What a care team member does for the client, in the words the client reads on their plan.
 * Staff pick one of these, or write their own (up to 80 characters, one line) for a role the
 * list doesn't name, such as "Substance use counselor": centers name their roles differently,
 * and the client should see the words their center uses.
 */
export const careTeamResponsibilities = [
  "Primary therapist",
  "Psychiatric prescriber",
  "Case manager",
  "Group facilitator",
  "Nurse",
] as const;
export type CareTeamResponsibility = (typeof careTeamResponsibilities)[number];

export const responsibilityMaxLength = 80;

/** Trimmed, with runs of spaces made one, so "Case  manager " and "Case manager" are the same words. */
export const responsibilitySchema = z
  .string()
  .transform((value) => value.trim().replace(/\s+/g, " "))
  .pipe(
    singleLineTextSchema
      .min(1, "Say what this person does for the client.")
      .max(responsibilityMaxLength, `Keep the responsibility to ${responsibilityMaxLength} characters.`),
  );

export const careTeamAddInputSchema = z.object({
  enrollmentId: z.uuid(),
  staffMemberId: z.uuid("Choose a staff member."),
  responsibility: responsibilitySchema,
});
export type CareTeamAddInput = z.infer<typeof careTeamAddInputSchema>;

export const careTeamRemoveInputSchema = z.object({
  enrollmentId: z.uuid(),
  careTeamMemberId: z.uuid(),
});
export type CareTeamRemoveInput = z.infer<typeof careTeamRemoveInputSchema>;

/** Roles that care for clients; the front desk and administrators are never on a care team. */
export const careTeamRoles = ["clinician", "program_director"] as const satisfies readonly StaffRole[];

export function mayJoinCareTeam(role: StaffRole): boolean {
  return (careTeamRoles as readonly StaffRole[]).includes(role);
}

/** Two responsibilities are the same when their words are, whatever the case. */
export function sameResponsibility(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();
}

export type CareTeamProblem =
  | { kind: "team_closed" }
  | { kind: "role_not_clinical"; role: StaffRole }
  | { kind: "account_disabled" }
  | { kind: "already_on_team"; responsibility: string };

/** A staff member as the care team rules see them. */
export interface CareTeamCandidate {
  staffMemberId: string;
  role: StaffRole;
  active: boolean;
}

/** A discharged enrollment's team is the record of who cared for the client: it no longer changes. */
function teamClosed(status: EnrollmentStatus): CareTeamProblem[] {
  return isEnrollmentOpen(status) ? [] : [{ kind: "team_closed" }];
}

/** Everything that stops `candidate` from joining the enrollment's team with this responsibility. */
export function checkCareTeamAddition(input: {
  status: EnrollmentStatus;
  candidate: CareTeamCandidate;
  responsibility: string;
  team: readonly { staffMemberId: string; responsibility: string }[];
}): CareTeamProblem[] {
  const problems = teamClosed(input.status);
  if (!mayJoinCareTeam(input.candidate.role)) problems.push({ kind: "role_not_clinical", role: input.candidate.role });
  if (!input.candidate.active) problems.push({ kind: "account_disabled" });
  const duplicate = input.team.find(
    (member) => member.staffMemberId === input.candidate.staffMemberId && sameResponsibility(member.responsibility, input.responsibility),
  );
  if (duplicate) problems.push({ kind: "already_on_team", responsibility: duplicate.responsibility });
  return problems;
}

export function checkCareTeamRemoval(input: { status: EnrollmentStatus }): CareTeamProblem[] {
  return teamClosed(input.status);
}

const roleWords: Record<StaffRole, string> = {
  clinician: "a clinician",
  program_director: "a program director",
  front_desk: "front desk staff",
  administrator: "an administrator",
  privacy_officer: "a privacy officer",
};

/** For staff: what stops the change, in plain, exact words. */
export function describeCareTeamProblem(problem: CareTeamProblem): string {
  switch (problem.kind) {
    case "team_closed":
      return "The enrollment is discharged; its care team is kept as history and no longer changes.";
    case "role_not_clinical":
      return `This staff member is ${roleWords[problem.role]}; only clinicians and program directors can be on a care team.`;
    case "account_disabled":
      return "This staff member's account is disabled.";
    case "already_on_team":
      return `This staff member is already on the care team as ${problem.responsibility}.`;
  }
}

/** The refusal as one message: a lead, then one reason per line (see refusalMessage). */
export function careTeamRefusal(lead: string, problems: readonly CareTeamProblem[]): string {
  return refusalMessage(lead, problems.map(describeCareTeamProblem));
}
