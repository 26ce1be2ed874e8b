"use client";

import { scheduleShifts } from "@stepwise/domain";
import { fieldAria, FieldError, FormMessage, SubmitButton } from "@stepwise/ui/forms";
import { staffLabels } from "@stepwise/ui/labels";
import { useActionState } from "react";
import { saveScheduleOptionAction } from "~/app/(signed-in)/programs/actions";
import { type ValuesFormState, shown } from "@stepwise/ui/form-state";
import { TimeFields } from "~/components/common/time-fields";
import { WeekdayChoices } from "./weekday-choices";

export interface OptionFormValues {
  id: string;
  name: string;
  shift: string;
  weekdays: readonly number[];
  startTime: string;
  endTime: string;
}

const labels = { name: "Name", shift: "Shift", weekdays: "Days of the week", startTime: "Starts at", endTime: "Ends at" };
const initial: ValuesFormState = { status: "idle", message: null, fieldErrors: {} };

/** Add a schedule option, or change one; refused with every reason when it breaks the band. */
export function OptionForm({ programId, option }: { programId: string; option: OptionFormValues | null }) {
  const [state, formAction] = useActionState(saveScheduleOptionAction, initial);
  const prefix = `option-${option?.id ?? "new"}`;
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} fieldLabels={labels} />
      <input type="hidden" name="programId" value={programId} />
      {option ? <input type="hidden" name="scheduleOptionId" value={option.id} /> : null}
      <div className="field">
        <label htmlFor={`${prefix}-name`}>Name</label>
        <input id={`${prefix}-name`} name="name" required defaultValue={shown(state, "name", option?.name)} {...fieldAria(state, "name", `${prefix}-name-error`)} />
        <FieldError id={`${prefix}-name-error`} state={state} name="name" />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-shift`}>Shift</label>
        <select id={`${prefix}-shift`} name="shift" defaultValue={shown(state, "shift", option?.shift ?? "evening")}>
          {scheduleShifts.map((shift) => (
            <option key={shift} value={shift}>
              {staffLabels.shift[shift]}
            </option>
          ))}
        </select>
      </div>
      <WeekdayChoices idPrefix={prefix} state={state} saved={option?.weekdays ?? []} />
      <TimeFields idPrefix={prefix} state={state} start={option?.startTime} end={option?.endTime} />
      <div>
        <SubmitButton pendingLabel="Saving…">{option ? "Save option" : "Add option"}</SubmitButton>
      </div>
    </form>
  );
}
