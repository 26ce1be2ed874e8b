import { careTeamMembers } from "@stepwise/db/schema";
import { type EnrollmentStatus, careTeamRefusal, checkCareTeamAddition } from "@stepwise/domain";
import { fail, notFound } from "../../errors";
import type { ChangeContext } from "../enrollments/enrollment-change";
import { findCareTeamCandidate, findCareTeamMembers } from "./care-team.queries";

/**
 * Puts a staff member on the locked enrollment's care team, with its audit row, inside the
 * caller's transaction. `status` is the enrollment's status once the surrounding change is done
 * (activation adds the therapist to the enrollment it is making active).
 */
export async function addToCareTeam(
  change: Pick<ChangeContext, "tx" | "enrollment" | "audit">,
  member: { staffMemberId: string; responsibility: string; status: EnrollmentStatus },
) {
  const { tx, enrollment } = change;
  const candidate = (await findCareTeamCandidate(tx, member.staffMemberId)) ?? notFound();
  const problems = checkCareTeamAddition({
    status: member.status,
    candidate,
    responsibility: member.responsibility,
    team: await findCareTeamMembers(tx, enrollment.id),
  });
  if (problems.length > 0) fail({ kind: "invalid", message: careTeamRefusal(`${candidate.name} can't be added to the care team.`, problems) });
  const [row] = await tx
    .insert(careTeamMembers)
    .values({ enrollmentId: enrollment.id, staffMemberId: candidate.staffMemberId, responsibility: member.responsibility })
    .returning({ id: careTeamMembers.id });
  await change.audit({
    resourceType: "care_team_member",
    resourceId: row!.id,
    detail: { staffMemberId: candidate.staffMemberId, responsibility: member.responsibility },
  });
  return { careTeamMemberId: row!.id };
}
