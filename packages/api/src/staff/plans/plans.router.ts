import { createRouter } from "../../core/trpc";
import { markObjectiveMet } from "./mark-objective.procedure";
import { planOfClient } from "./of-client.procedure";
import { signPlan } from "./sign.procedure";
import { writePlan } from "./write.procedure";

/** A client's treatment plan for staff: reading it, writing a new version, signing it, marking an objective met. */
export const plansRouter = createRouter({
  ofClient: planOfClient,
  write: writePlan,
  sign: signPlan,
  markObjectiveMet,
});
