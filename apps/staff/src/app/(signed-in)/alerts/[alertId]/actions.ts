"use server";

import { type AlertAction, alertActionLabels, alertActions } from "@stepwise/domain";
import { type ValuesFormState, formStateFromError, formSucceeded, submittedValues } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { staffCaller } from "~/server/caller";

/** Which of the alert's forms was sent: each names itself in a hidden `step` field. */
export type AlertStepForm = "acknowledge" | "followUp" | "resolve";

const stepForms: readonly AlertStepForm[] = ["acknowledge", "followUp", "resolve"];

function actionOf(form: FormData): AlertAction | undefined {
  const value = form.get("action");
  return alertActions.find((action) => action === value);
}

/**
 * A step on a safety alert, from whichever of its forms was sent: taking it up, a follow-up, or
 * resolving it. One action for the three, so the page's one answer region says what just happened
 * whichever form it came from (and stays when a form goes away, as they all do once resolved).
 */
export async function alertStepAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const alertId = String(form.get("alertId") ?? "");
  const step = stepForms.find((candidate) => candidate === form.get("step")) ?? "acknowledge";
  const note = String(form.get("note") ?? "");
  const chosen = actionOf(form);
  let message: string;
  try {
    const caller = await staffCaller();
    if (step === "resolve") {
      await caller.alerts.resolve({ alertId, note });
      message = "The alert is resolved. Your note is the last step in its timeline.";
    } else {
      // No choice, or one not on the list, goes as it came: the API's refusal names the field.
      const input = { alertId, action: (chosen ?? form.get("action")) as AlertAction, note };
      if (step === "followUp") await caller.alerts.followUp(input);
      else await caller.alerts.acknowledge(input);
      const label = chosen ? alertActionLabels[chosen] : "";
      message =
        step === "followUp"
          ? `Follow-up noted: ${label}. It is the newest step in the timeline.`
          : `You've taken up this alert: ${label}. It is the newest step in the timeline.`;
    }
  } catch (error) {
    return { ...formStateFromError(error), values: submittedValues(form) };
  }
  revalidatePath(`/alerts/${alertId}`);
  revalidatePath("/alerts");
  revalidatePath("/");
  return formSucceeded(message);
}
