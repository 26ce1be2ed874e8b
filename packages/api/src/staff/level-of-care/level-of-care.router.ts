import { createRouter } from "../../core/trpc";
import { assessLevelOfCare } from "./assess.procedure";
import { levelOfCareAssessments } from "./assessments.procedure";
import { decideLevelOfCare } from "./decide.procedure";

/** Level-of-care decision support: rating the dimensions, the recommendation and its reasons, a clinician's decision. */
export const levelOfCareRouter = createRouter({
  assessments: levelOfCareAssessments,
  assess: assessLevelOfCare,
  decide: decideLevelOfCare,
});
