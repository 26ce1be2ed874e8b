"use client";

import { locDimensionHints, locDimensionLabels, locDimensions, locNoteMaxLength, locRatingMax, locRatingMin } from "@stepwise/domain";
import { type ValuesFormState, shown, ticked } from "@stepwise/ui/form-state";
import { FieldError, FormMessage, SubmitButton, fieldAria, useFocusAnswer, useFocusFirstProblem } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { assessLevelOfCareAction } from "~/app/(signed-in)/clients/[clientId]/level-of-care/actions";

const initial: ValuesFormState = { status: "idle", message: null, fieldErrors: {} };
const scale = Array.from({ length: locRatingMax - locRatingMin + 1 }, (_, index) => locRatingMin + index);

/**
 * The seven dimensions, each a row of 1–5 radios with what its ends mean; the day the client left
 * inpatient care when they came from it; a note. Works without JavaScript: the page answers with
 * the recommendation at the top.
 */
export function AssessmentForm({ clientId, today }: { clientId: string; today: string }) {
  const [state, action] = useActionState(assessLevelOfCareAction, initial);
  const form = useFocusFirstProblem(state);
  const answer = useFocusAnswer(state);
  const fieldLabels: Record<string, string> = {
    ...Object.fromEntries(locDimensions.map((dimension) => [`rating.${dimension}`, locDimensionLabels[dimension]])),
    inpatientDischargeOn: "Discharged from inpatient care on",
    note: "Note",
  };
  const fieldIds: Record<string, string> = {
    ...Object.fromEntries(locDimensions.map((dimension) => [`rating.${dimension}`, `loc-${dimension}-${locRatingMin}`])),
    inpatientDischargeOn: "loc-discharged-on",
    note: "loc-note",
  };
  return (
    <form ref={form} action={action} className="form" noValidate>
      <FormMessage state={state} fieldLabels={fieldLabels} fieldIds={fieldIds} answerRef={answer} />
      <input type="hidden" name="clientId" value={clientId} />
      <p className="field-hint">Higher is always more need: 1 is the least, 5 the most.</p>
      {locDimensions.map((dimension) => {
        const name = `rating.${dimension}`;
        const hintId = `loc-${dimension}-hint`;
        const errorId = `loc-${dimension}-error`;
        const aria = fieldAria(state, name, errorId, hintId);
        return (
          <fieldset key={dimension} className="field loc-dimension" aria-describedby={aria["aria-describedby"]}>
            <legend>{locDimensionLabels[dimension]}</legend>
            <p id={hintId} className="field-hint">
              {locDimensionHints[dimension]}
            </p>
            <div className="loc-scale">
              {scale.map((rating) => (
                <label key={rating} className="choice choice--target loc-scale__choice">
                  <input
                    type="radio"
                    id={`loc-${dimension}-${rating}`}
                    name={name}
                    value={rating}
                    required
                    defaultChecked={ticked(state, name, String(rating), [])}
                  />
                  {rating}
                </label>
              ))}
            </div>
            <FieldError id={errorId} state={state} name={name} />
          </fieldset>
        );
      })}
      <div className="field">
        <label htmlFor="loc-discharged-on">Discharged from inpatient care on (optional)</label>
        <p id="loc-discharged-on-hint" className="field-hint">
          Only when the client came here from inpatient care: the record here does not hold that date.
        </p>
        <input
          id="loc-discharged-on"
          name="inpatientDischargeOn"
          type="date"
          max={today}
          defaultValue={shown(state, "inpatientDischargeOn")}
          {...fieldAria(state, "inpatientDischargeOn", "loc-discharged-on-error", "loc-discharged-on-hint")}
        />
        <FieldError id="loc-discharged-on-error" state={state} name="inpatientDischargeOn" />
      </div>
      <div className="field">
        <label htmlFor="loc-note">Note (optional)</label>
        <p id="loc-note-hint" className="field-hint">
          Context the numbers don&apos;t carry.
        </p>
        <textarea
          id="loc-note"
          name="note"
          rows={3}
          maxLength={locNoteMaxLength}
          defaultValue={shown(state, "note")}
          {...fieldAria(state, "note", "loc-note-error", "loc-note-hint")}
        />
        <FieldError id="loc-note-error" state={state} name="note" />
      </div>
      <div>
        <SubmitButton pendingLabel="Saving…">Save and see the recommendation</SubmitButton>
      </div>
    </form>
  );
}
