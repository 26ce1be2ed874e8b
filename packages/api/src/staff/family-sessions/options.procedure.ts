import { staffProcedure } from "../../core/trpc";
import { findOpenEnrollments } from "../../queries/compliance.queries";
import { findActivePrograms, findFamilySessionFacilitators } from "./family-sessions.queries";
import { lastNameFirst } from "@stepwise/domain";

/**
 * What the scheduling form offers: active programs, the staff who may facilitate, and each
 * program's clients in current care (active or on hold), whose family a one-family session is for.
 */
export const familySessionOptions = staffProcedure("family_session.write").query(async ({ ctx }) => {
  const [programs, facilitators, enrollments] = await Promise.all([
    findActivePrograms(ctx.db),
    findFamilySessionFacilitators(ctx.db),
    findOpenEnrollments(ctx.db),
  ]);
  const clients = enrollments.map((enrollment) => ({
    clientId: enrollment.clientId,
    name: lastNameFirst(enrollment),
    programId: enrollment.program.id,
  }));
  // The choice of families names each of them.
  ctx.audit({ clients: clients.map((client) => client.clientId), resource: { type: "client" } });
  return { programs, facilitators, clients };
});
