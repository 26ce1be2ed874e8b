"use client";

import { FormMessage, initialFormState, SubmitButton } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { scheduleIntakeAction } from "~/app/(signed-in)/clients/[clientId]/actions";
import { TextField } from "./text-field";
import { HiddenIds } from "./hidden-ids";

export function ScheduleIntakeForm({ clientId, enrollmentId, today, rescheduling }: { clientId: string; enrollmentId: string; today: string; rescheduling: boolean }) {
  const [state, action] = useActionState(scheduleIntakeAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      <HiddenIds clientId={clientId} enrollmentId={enrollmentId} />
      <TextField id="intake-on" name="intakeOn" label="Intake date" type="date" required defaultValue={today} state={state} />
      <SubmitButton pendingLabel="Saving…">{rescheduling ? "Move the intake" : "Schedule intake"}</SubmitButton>
    </form>
  );
}
