import { findEnrollmentsInCare } from "../../queries/compliance.queries";
import { clientRecordProcedure } from "../scopes";
import { findAuthorizationStandings } from "./authorization-standing";

/** A client's payer authorizations in their enrollment in care, with units used and renewal notices. */
export const authorizationsOfClient = clientRecordProcedure("utilization_review.read").query(async ({ ctx }) => {
  const [inCare] = await findEnrollmentsInCare(ctx.db, { clientId: ctx.client.id });
  ctx.audit({ resource: { type: "payer_authorization" } });
  if (!inCare) return { enrollmentId: null, authorizations: null };
  const authorizations = await findAuthorizationStandings(
    ctx.db,
    { clientId: ctx.client.id, enrollmentId: inCare.enrollmentId, level: inCare.level, timeZone: inCare.program.timeZone },
    new Date(),
  );
  return { enrollmentId: inCare.enrollmentId, authorizations };
});
