import { createRouter } from "../../core/trpc";
import { myTreatmentPlan } from "./mine.procedure";
import { shareMyGoal } from "./share-goal.procedure";
import { signMyTreatmentPlan } from "./sign.procedure";
import { myTreatmentPlanStatus } from "./status.procedure";

/** The client's treatment plan: reading it, signing it, choosing which goals family may see. */
export const treatmentPlanRouter = createRouter({
  mine: myTreatmentPlan,
  status: myTreatmentPlanStatus,
  sign: signMyTreatmentPlan,
  shareGoal: shareMyGoal,
});
