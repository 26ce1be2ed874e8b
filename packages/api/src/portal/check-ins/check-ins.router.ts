import { createRouter } from "../../core/trpc";
import { dueCheckIns } from "./due.procedure";
import { checkInForm } from "./form.procedure";
import { checkInResults } from "./results.procedure";
import { saveCheckInDraft } from "./save-draft.procedure";
import { submitCheckIn } from "./submit.procedure";

/** The client's check-ins: the questionnaires their program asks, answered in the portal. */
export const checkInsRouter = createRouter({
  due: dueCheckIns,
  form: checkInForm,
  saveDraft: saveCheckInDraft,
  submit: submitCheckIn,
  results: checkInResults,
});
