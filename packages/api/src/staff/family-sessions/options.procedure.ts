import { staffProcedure } from "../../core/trpc";
import { findEnrollmentsInCare } from "../../queries/compliance.queries";
import { findCareTeamOptions } from "../../queries/care-team.queries";
import { findActivePrograms } from "./family-sessions.queries";
import { lastNameFirst } from "@stepwise/domain";

/**
 * What the scheduling form offers: active programs, the staff who may facilitate, and each
 * program's clients in current care (active or on hold), whose family a one-family session is for.
 */
export const familySessionOptions = staffProcedure("family_session.write").query(async ({ ctx }) => {
  const [programs, careTeamStaff, enrollments] = await Promise.all([
    findActivePrograms(ctx.db),
    // Who may lead a family session: the care-team roles (mayFacilitateFamilySession).
    findCareTeamOptions(ctx.db),
    findEnrollmentsInCare(ctx.db),
  ]);
  const clients = enrollments.map((enrollment) => ({
    clientId: enrollment.clientId,
    name: lastNameFirst(enrollment),
    programId: enrollment.program.id,
  }));
  // The choice of families names each of them.
  ctx.audit({ clients: clients.map((client) => client.clientId), resource: { type: "client" } });
  const facilitators = careTeamStaff.map(({ staffMemberId, name, credentials }) => ({ id: staffMemberId, name, credentials }));
  return { programs, facilitators, clients };
});
