"use client";

import { FormMessage, initialFormState, SubmitButton } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { recertifyAction } from "~/app/(signed-in)/clients/[clientId]/actions";
import { TextField } from "./text-field";
import { HiddenIds } from "./hidden-ids";

export function RecertifyForm({ clientId, enrollmentId, today }: { clientId: string; enrollmentId: string; today: string }) {
  const [state, action] = useActionState(recertifyAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      <HiddenIds clientId={clientId} enrollmentId={enrollmentId} />
      <TextField id="recertified-on" name="certifiedOn" label="Recertified on" type="date" required defaultValue={today} state={state} />
      <SubmitButton pendingLabel="Saving…">Record recertification</SubmitButton>
    </form>
  );
}
