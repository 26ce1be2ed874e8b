"use client";

import { type CheckInOccasion, type InstrumentId, instruments, optionsFor } from "@stepwise/domain";
import { type ValuesFormState, ticked } from "@stepwise/ui/form-state";
import { FieldError, FormMessage, SubmitButton, useFocusFirstProblem } from "@stepwise/ui/forms";
import { formatCalendarDate } from "@stepwise/ui/format";
import { useActionState, useEffect, useRef } from "react";
import { recordPaperCheckInAction } from "~/app/(signed-in)/clients/[clientId]/measures/actions";
import { checkInStateWords, occasionWords } from "./check-in-words";

const initial: ValuesFormState = { status: "idle", message: null, fieldErrors: {} };

export interface PaperCheckIn {
  instrument: InstrumentId;
  occasion: CheckInOccasion;
  dueOn: string;
  state: "due" | "expired";
}

const keyOf = (checkIn: { instrument: string; occasion: string; dueOn: string }) => `${checkIn.instrument}-${checkIn.occasion}-${checkIn.dueOn}`;

/**
 * "Record a paper check-in" for each due or expired check-in, each folded under its own toggle.
 * One answer region for all: once recorded, the check-in is answered and its form goes, and focus
 * moves to the answer, which stays.
 */
export function PaperCheckInForms({ clientId, checkIns }: { clientId: string; checkIns: readonly PaperCheckIn[] }) {
  const [state, action] = useActionState(recordPaperCheckInAction, initial);
  const answer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "ok") answer.current?.focus();
  }, [state]);
  const sentKey = state.values ? keyOf({ instrument: state.values.instrument?.[0] ?? "", occasion: state.values.occasion?.[0] ?? "", dueOn: state.values.dueOn?.[0] ?? "" }) : null;
  return (
    <div className="stack">
      <div ref={answer} tabIndex={-1} className="alert-steps__answer">
        {state.status === "ok" ? <FormMessage state={state} /> : <div role="status" aria-atomic="true" />}
      </div>
      {checkIns.length === 0 ? (
        <p className="muted">No check-in is due or expired unanswered, so there is none to enter from paper.</p>
      ) : (
        checkIns.map((checkIn) => (
          <PaperCheckInForm
            key={keyOf(checkIn)}
            clientId={clientId}
            checkIn={checkIn}
            action={action}
            state={state.status === "error" && sentKey === keyOf(checkIn) ? state : initial}
          />
        ))
      )}
    </div>
  );
}

/** Every question of the instrument as a group of radios, its published choices with their scores. */
function PaperCheckInForm({
  clientId,
  checkIn,
  action,
  state,
}: {
  clientId: string;
  checkIn: PaperCheckIn;
  action: (form: FormData) => void;
  state: ValuesFormState;
}) {
  const form = useFocusFirstProblem(state);
  const instrument = instruments[checkIn.instrument];
  const id = `paper-${keyOf(checkIn)}`;
  // The summary at the top names each question left out and links to its first choice.
  const fieldLabels = Object.fromEntries(instrument.items.map((item) => [`answer.${item.id}`, `Question ${item.number}`]));
  const fieldIds = Object.fromEntries(instrument.items.map((item) => [`answer.${item.id}`, `${id}-${item.id}-0`]));
  return (
    <details className="action-panel" open={state.status === "error" ? true : undefined}>
      <summary>
        Record a paper check-in: {instrument.shortName}, {occasionWords[checkIn.occasion].toLowerCase()}, due{" "}
        {formatCalendarDate(checkIn.dueOn, "medium")} ({checkInStateWords[checkIn.state].words.toLowerCase()})
      </summary>
      <form ref={form} action={action} className="form" noValidate>
        <FormMessage state={state} fieldLabels={fieldLabels} fieldIds={fieldIds} />
        <input type="hidden" name="clientId" value={clientId} />
        <input type="hidden" name="instrument" value={checkIn.instrument} />
        <input type="hidden" name="occasion" value={checkIn.occasion} />
        <input type="hidden" name="dueOn" value={checkIn.dueOn} />
        <p className="field-hint">{instrument.instructions}</p>
        {instrument.items.map((item) => {
          const name = `answer.${item.id}`;
          const errorId = `${id}-${item.id}-error`;
          const invalid = (state.fieldErrors[name]?.length ?? 0) > 0;
          return (
            <fieldset key={item.id} className="field" aria-describedby={invalid ? errorId : undefined}>
              <legend>
                {item.number}. {item.text}
              </legend>
              {optionsFor(instrument, item).map((option, index) => (
                <label key={option.score} className="choice choice--target">
                  <input
                    type="radio"
                    id={`${id}-${item.id}-${index}`}
                    name={name}
                    value={option.score}
                    required
                    defaultChecked={ticked(state, name, String(option.score), [])}
                  />
                  {option.label} <span className="muted">({option.score})</span>
                </label>
              ))}
              <FieldError id={errorId} state={state} name={name} />
            </fieldset>
          );
        })}
        <div>
          <SubmitButton pendingLabel="Recording…">Record this check-in</SubmitButton>
        </div>
      </form>
    </details>
  );
}
