"use client";

import { FieldError, fieldAria } from "@stepwise/ui/forms";
import { type ValuesFormState, shown } from "@stepwise/ui/form-state";

/** Start and end wall-clock times, in the program's time zone. */
export function TimeFields({ idPrefix, state, start, end }: { idPrefix: string; state: ValuesFormState; start?: string; end?: string }) {
  return (
    <div className="grid grid--two">
      <div className="field">
        <label htmlFor={`${idPrefix}-start`}>Starts at</label>
        <input id={`${idPrefix}-start`} name="startTime" type="time" required defaultValue={shown(state, "startTime", start)} {...fieldAria(state, "startTime", `${idPrefix}-start-error`)} />
        <FieldError id={`${idPrefix}-start-error`} state={state} name="startTime" />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-end`}>Ends at</label>
        <input id={`${idPrefix}-end`} name="endTime" type="time" required defaultValue={shown(state, "endTime", end)} {...fieldAria(state, "endTime", `${idPrefix}-end-error`)} />
        <FieldError id={`${idPrefix}-end-error`} state={state} name="endTime" />
      </div>
    </div>
  );
}
