"use client";

import { FieldError, FormMessage, SubmitButton, fieldAria, useFocusAnswer } from "@stepwise/ui/forms";
import { type ValuesFormState, initialFormState, shown, ticked } from "@stepwise/ui/form-state";
import { useActionState } from "react";
import { SignatureField } from "~/components/signature-field";
import { signPlanAction } from "~/app/(signed-in)/treatment-plan/actions";
import "~/styles/treatment-plan.css";

const fieldLabels = {
  agrees: "Do you agree with this plan?",
  comment: "Your comment",
  signedName: "Your signature",
  versionId: "Your plan",
};

/** The ids the error summary links each field to. */
const fieldIds = { agrees: "agrees-yes", comment: "comment", signedName: "signedName" };

/**
 * Signing the plan: whether the client agrees, a comment (needed when they don't), and their
 * typed name as their signature, as on a consent. Works as a plain form post before any script.
 */
export function SignPlanForm({ versionId, signatureNames }: { versionId: string; signatureNames: readonly string[] }) {
  const [state, action] = useActionState<ValuesFormState, FormData>(signPlanAction, initialFormState);
  const answer = useFocusAnswer(state);

  return (
    <form action={action} className="form" noValidate aria-labelledby="sign-heading">
      <input type="hidden" name="versionId" value={versionId} />
      <FormMessage state={state} fieldLabels={fieldLabels} fieldIds={fieldIds} answerRef={answer} />

      <fieldset className="field" aria-describedby={state.fieldErrors.agrees ? "agrees-error" : undefined}>
        <legend>{fieldLabels.agrees}</legend>
        <FieldError id="agrees-error" state={state} name="agrees" />
        <div className="plan-choices">
          <div className="plan-choice">
            <input id="agrees-yes" type="radio" name="agrees" value="yes" defaultChecked={ticked(state, "agrees", "yes", [])} />
            <label htmlFor="agrees-yes">Yes, I agree</label>
          </div>
          <div className="plan-choice">
            <input id="agrees-no" type="radio" name="agrees" value="no" defaultChecked={ticked(state, "agrees", "no", [])} />
            <label htmlFor="agrees-no">I don&apos;t agree with all of it</label>
          </div>
        </div>
        <p className="field-hint">You can sign either way. If you don&apos;t agree, your care team will talk it through with you.</p>
      </fieldset>

      <div className="field">
        <label htmlFor="comment">{fieldLabels.comment}</label>
        <p id="comment-hint" className="field-hint">
          Needed if you don&apos;t agree with all of it: tell your care team what you would change. If you agree, you can
          leave this empty.
        </p>
        <textarea id="comment" name="comment" rows={3} maxLength={1000} defaultValue={shown(state, "comment")} {...fieldAria(state, "comment", "comment-error", "comment-hint")} />
        <FieldError id="comment-error" state={state} name="comment" />
      </div>

      <SignatureField state={state} label="Type your full name to sign" signatureNames={signatureNames} signs="this plan" />

      <div className="pager">
        <SubmitButton pendingLabel="Signing…">Sign my plan</SubmitButton>
      </div>
    </form>
  );
}
