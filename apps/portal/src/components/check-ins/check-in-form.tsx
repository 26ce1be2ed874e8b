"use client";

import type { CheckInKeyInput } from "@stepwise/domain";
import { useFocusAnswer } from "@stepwise/ui/forms";
import { type ReactNode, useActionState, useMemo, useState } from "react";
import { useFormStatus } from "react-dom";
import { checkInAction } from "~/app/(signed-in)/check-ins/[instrument]/[occasion]/[dueOn]/actions";
import { type CheckInAnswers, type CheckInFormState, initialCheckInFormState } from "./check-in-state";
import "~/styles/check-ins.css";

export type Question = { id: string; number: number; text: string; choices: { score: number; label: string }[] };

/** One of the form's two buttons; while the form is sent, the one pressed says what is happening. */
function IntentButton({ intent, pendingLabel, quiet = false, children }: { intent: "send" | "save"; pendingLabel: string; quiet?: boolean; children: ReactNode }) {
  const { pending, data } = useFormStatus();
  return (
    <button type="submit" name="intent" value={intent} className={quiet ? "button button--quiet" : "button"} disabled={pending} aria-disabled={pending}>
      {pending && data?.get("intent") === intent ? pendingLabel : children}
    </button>
  );
}

const choiceId = (questionId: string, score: number) => `q-${questionId}-${score}`;

/** The answer at the top of the form after a button: saved, or what still needs doing, each question linked. */
function FormAnswer({ state, questions, answerRef }: { state: CheckInFormState; questions: Question[]; answerRef: ReturnType<typeof useFocusAnswer> }) {
  if (state.status === "idle" || !state.message) return <div role="status" aria-atomic="true" />;
  if (state.status === "saved") {
    return (
      <div role="status" aria-atomic="true" ref={answerRef} tabIndex={-1}>
        <p className="notice">{state.message}</p>
      </div>
    );
  }
  const named = questions.filter((question) => state.questionErrors[question.id]);
  return (
    <div role="alert" aria-atomic="true" className="alert" ref={answerRef} tabIndex={-1} id="check-in-problems">
      <p>{state.message}</p>
      {named.length > 0 ? (
        <ul>
          {named.map((question) => (
            <li key={question.id}>
              <a href={`#${choiceId(question.id, question.choices[0]?.score ?? 0)}`}>{state.questionErrors[question.id]}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The questions as one short form: each a fieldset of large choices, the count answered kept up
 * to date as choices are picked, and two buttons, to keep the answers for later or to send them.
 * Works as a plain form post before any script has loaded.
 */
export function CheckInForm({ checkIn, questions, saved }: { checkIn: CheckInKeyInput; questions: Question[]; saved: CheckInAnswers }) {
  const [state, action] = useActionState(checkInAction, initialCheckInFormState);
  // Focus goes to the answer once per answer, not on every choice picked after it.
  const formAnswer = useMemo(
    () => ({ status: state.status === "idle" ? "idle" : state.status === "saved" ? "ok" : "error", message: state.message, fieldErrors: {} }) as const,
    [state],
  );
  const answerRef = useFocusAnswer(formAnswer);
  const given = state.answers ?? saved;
  // The choices picked since the last answer; a new answer (its answers as sent) starts the count again.
  const [picks, setPicks] = useState<{ after: CheckInFormState; names: ReadonlySet<string> }>({ after: state, names: new Set() });
  const answered = new Set([...Object.keys(given), ...(picks.after === state ? picks.names : [])]);

  return (
    <form
      action={action}
      className="form check-in"
      noValidate
      aria-labelledby="check-in-heading"
      onChange={(event) => {
        const { target } = event;
        if (target instanceof HTMLInputElement && target.type === "radio" && target.name.startsWith("answer.")) {
          const name = target.name.slice("answer.".length);
          setPicks((before) => ({ after: state, names: new Set(before.after === state ? before.names : []).add(name) }));
        }
      }}
    >
      <input type="hidden" name="instrument" value={checkIn.instrument} />
      <input type="hidden" name="occasion" value={checkIn.occasion} />
      <input type="hidden" name="dueOn" value={checkIn.dueOn} />
      <FormAnswer state={state} questions={questions} answerRef={answerRef} />
      <ol className="check-in__questions">
        {questions.map((question) => {
          const error = state.questionErrors[question.id];
          const errorId = `q-${question.id}-error`;
          return (
            <li key={question.id}>
              <fieldset className="field check-in__question" aria-describedby={error ? errorId : undefined}>
                <legend>
                  <span className="check-in__number">Question {question.number} of {questions.length}</span>{" "}
                  <span className="check-in__text">{question.text}</span>
                </legend>
                {error ? (
                  <p id={errorId} className="field-error">
                    {error}
                  </p>
                ) : null}
                <div className="check-in__choices">
                  {question.choices.map((choice) => {
                    const id = choiceId(question.id, choice.score);
                    return (
                      <label className="check-in__choice" key={choice.score} htmlFor={id}>
                        <input
                          id={id}
                          type="radio"
                          name={`answer.${question.id}`}
                          value={choice.score}
                          defaultChecked={given[question.id] === choice.score}
                        />
                        <span>{choice.label}</span>
                      </label>
                    );
                  })}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="check-in__footer">
        <p className="check-in__progress" aria-live="polite" aria-atomic="true">
          {answered.size} of {questions.length} answered
        </p>
        <div className="pager">
          <IntentButton intent="send" pendingLabel="Sending…">
            Send
          </IntentButton>
          <IntentButton intent="save" pendingLabel="Saving…" quiet>
            Save and finish later
          </IntentButton>
        </div>
      </div>
    </form>
  );
}
