import { clientRecordProcedure } from "../scopes";
import { toAssessmentView } from "./assessment-views";
import { findAssessments } from "./level-of-care.queries";

/** A client's level-of-care assessments, newest first, with their recommendations, reasons and decisions. */
export const levelOfCareAssessments = clientRecordProcedure("level_of_care.assess").query(async ({ ctx }) => {
  const rows = await findAssessments(ctx.db, ctx.client.id);
  ctx.audit({ resource: { type: "level_of_care_assessment" } });
  return rows.map(toAssessmentView);
});
