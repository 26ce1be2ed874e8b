"use client";

import { SubmitButton, initialFormState } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { FormAnswer } from "~/components/enrollment/form-answer";
import { PlacementFields } from "~/components/enrollment/placement-fields";
import { TextField } from "~/components/enrollment/text-field";
import type { ProgramChoice } from "~/components/enrollment/types";
import { activateAction } from "./actions";
import { HiddenIds } from "./hidden-ids";

/** Starts the program on a schedule option; the API refuses an option that breaks the band, saying how. */
export function ActivateForm(props: { clientId: string; enrollmentId: string; programId: string; startsOn: string; programs: readonly ProgramChoice[] }) {
  const [state, action] = useActionState(activateAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <FormAnswer state={state} />
      <HiddenIds clientId={props.clientId} enrollmentId={props.enrollmentId} />
      <PlacementFields idPrefix="activate" programs={props.programs} state={state} defaultProgramId={props.programId} />
      <TextField id="activate-starts-on" name="startsOn" label="First day in the program" type="date" required defaultValue={props.startsOn} state={state} />
      <SubmitButton pendingLabel="Activating…">Activate enrollment</SubmitButton>
    </form>
  );
}
