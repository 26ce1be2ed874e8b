import { recordAudit } from "../../core/audit";
import { staffProcedure } from "../../core/trpc";
import { displayName } from "../names";
import { findOpenEnrollments } from "../queries";
import { findActivePrograms, findFamilySessionFacilitators } from "./staff-family-sessions.queries";

/**
 * What the scheduling form offers: active programs, the staff who may facilitate, and each
 * program's clients in current care (active or on hold), whose family a one-family session is for.
 */
export const familySessionOptions = staffProcedure("family_session.write").query(({ ctx }) =>
  ctx.db.transaction(async (tx) => {
    const [programs, facilitators, enrollments] = await Promise.all([
      findActivePrograms(tx),
      findFamilySessionFacilitators(tx),
      findOpenEnrollments(tx),
    ]);
    const clients = enrollments.map((enrollment) => ({
      clientId: enrollment.clientId,
      name: displayName(enrollment),
      programId: enrollment.program.id,
    }));
    // One audit row per client named: the choice of families discloses each of them.
    await recordAudit(
      tx,
      ctx.caller,
      [...new Set(clients.map((client) => client.clientId))].map((clientId) => ({
        action: "familySessions.options",
        outcome: "allowed" as const,
        subjectClientId: clientId,
        resourceType: "client",
        resourceId: clientId,
      })),
    );
    return { programs, facilitators, clients };
  }),
);
