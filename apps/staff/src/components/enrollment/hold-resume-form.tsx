"use client";

import { FormMessage, initialFormState, SubmitButton } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { holdAction, resumeAction } from "~/app/(signed-in)/clients/[clientId]/actions";
import { LinesField, TextField } from "./text-field";
import { HiddenIds } from "./hidden-ids";

/** Puts an active enrollment on hold, or resumes one on hold. */
export function HoldResumeForm({ clientId, enrollmentId, today, resume }: { clientId: string; enrollmentId: string; today: string; resume: boolean }) {
  const [state, action] = useActionState(resume ? resumeAction : holdAction, initialFormState);
  const prefix = resume ? "resume" : "hold";
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      <HiddenIds clientId={clientId} enrollmentId={enrollmentId} />
      <TextField id={`${prefix}-effective-on`} name="effectiveOn" label={resume ? "Back from" : "On hold from"} type="date" required defaultValue={today} state={state} />
      <LinesField id={`${prefix}-reason`} name="reason" label="Reason" state={state} />
      <SubmitButton pendingLabel="Saving…">{resume ? "Resume enrollment" : "Put on hold"}</SubmitButton>
    </form>
  );
}
