"use client";

import { dischargeReasons } from "@stepwise/domain";
import { fieldAria, FieldError, FormMessage, initialFormState, SubmitButton } from "@stepwise/ui/forms";
import { staffLabels } from "@stepwise/ui/labels";
import { useActionState } from "react";
import { dischargeAction } from "~/app/(signed-in)/clients/[clientId]/actions";
import { DischargePlanFields } from "./discharge-plan-fields";
import { TextField } from "./text-field";
import { HiddenIds } from "./hidden-ids";

/** Ends the enrollment with the full continuing-care plan; afterwards the client is an alumnus. */
export function DischargeForm({ clientId, enrollmentId, today }: { clientId: string; enrollmentId: string; today: string }) {
  const [state, action] = useActionState(dischargeAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      <HiddenIds clientId={clientId} enrollmentId={enrollmentId} />
      <div className="field">
        <label htmlFor="discharge-reason">Discharge reason</label>
        <select id="discharge-reason" name="reason" defaultValue="completed" {...fieldAria(state, "reason", "discharge-reason-error")}>
          {dischargeReasons.map((reason) => (
            <option key={reason} value={reason}>
              {staffLabels.dischargeReason[reason]}
            </option>
          ))}
        </select>
        <FieldError id="discharge-reason-error" state={state} name="reason" />
      </div>
      <TextField id="discharge-last-day" name="lastDayOn" label="Last day in the program" type="date" required defaultValue={today} state={state} />
      <DischargePlanFields idPrefix="discharge-plan" state={state} askNextLevel />
      <SubmitButton pendingLabel="Discharging…">Discharge</SubmitButton>
    </form>
  );
}
