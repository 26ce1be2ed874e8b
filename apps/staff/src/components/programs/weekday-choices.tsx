"use client";

import { isoWeekdays, weekdayName } from "@stepwise/domain";
import { FieldError, fieldAria } from "@stepwise/ui/forms";
import { type ValuesFormState, ticked } from "@stepwise/ui/form-state";

/** Days of the week as a group of checkboxes, Monday first; `offered` limits the choice. */
export function WeekdayChoices({
  idPrefix,
  state,
  saved,
  offered = isoWeekdays,
}: {
  idPrefix: string;
  state: ValuesFormState;
  saved: readonly number[];
  offered?: readonly number[];
}) {
  const errorId = `${idPrefix}-weekdays-error`;
  return (
    <fieldset className="field" {...fieldAria(state, "weekdays", errorId)}>
      <legend>Days of the week</legend>
      {offered.map((day) => (
        <label key={day} className="choice">
          <input type="checkbox" name="weekdays" value={day} defaultChecked={ticked(state, "weekdays", String(day), saved)} />
          {weekdayName(day)}
        </label>
      ))}
      <FieldError id={errorId} state={state} name="weekdays" />
    </fieldset>
  );
}
