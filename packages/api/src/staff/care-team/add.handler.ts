import type { Executor } from "@stepwise/db/client";
import { type EnrollmentStatus, careTeamRefusal, checkCareTeamAddition } from "@stepwise/domain";
import type { Audit } from "../../core/audit";
import { fail, notFound } from "../../core/errors";
import { findCareTeamMembers, insertCareTeamMember } from "../../queries/care-team.queries";
import { findStaffMemberStanding } from "../../queries/staff-members.queries";

/**
 * Puts a staff member on the (locked) enrollment's care team, in the request's transaction.
 * `status` is the enrollment's status once the surrounding change is done (activation adds the
 * therapist to the enrollment it is making active).
 */
export async function addToCareTeam(
  db: Executor,
  audit: Audit,
  enrollment: { enrollmentId: string; status: EnrollmentStatus },
  member: { staffMemberId: string; responsibility: string },
) {
  const candidate = (await findStaffMemberStanding(db, member.staffMemberId)) ?? notFound({ resource: { type: "staff_member", id: member.staffMemberId } });
  const problems = checkCareTeamAddition({
    status: enrollment.status,
    candidate,
    responsibility: member.responsibility,
    team: await findCareTeamMembers(db, enrollment.enrollmentId),
  });
  if (problems.length > 0) fail({ kind: "invalid", message: careTeamRefusal(`${candidate.name} can't be added to the care team.`, problems) });
  const careTeamMemberId = await insertCareTeamMember(db, {
    enrollmentId: enrollment.enrollmentId,
    staffMemberId: candidate.staffMemberId,
    responsibility: member.responsibility,
  });
  audit({ detail: { careTeamMemberId, staffMemberId: candidate.staffMemberId, responsibility: member.responsibility } });
  return { careTeamMemberId };
}
