"use client";

import { FormMessage, initialFormState, SubmitButton } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { activateAction } from "~/app/(signed-in)/clients/[clientId]/actions";
import { StaffSelect } from "~/components/care-team/care-team-forms";
import { PlacementFields } from "./placement-fields";
import { TextField } from "./text-field";
import type { CareTeamOption, ProgramChoice } from "./types";
import { HiddenIds } from "./hidden-ids";

/**
 * Starts the program on a schedule option; the API refuses an option that breaks the band, saying
 * how. A primary therapist, when chosen, joins the care team in the same step.
 */
export function ActivateForm(props: {
  clientId: string;
  enrollmentId: string;
  programId: string;
  startsOn: string;
  programs: readonly ProgramChoice[];
  therapists: readonly CareTeamOption[];
  defaultTherapistId?: string;
}) {
  const [state, action] = useActionState(activateAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      <HiddenIds clientId={props.clientId} enrollmentId={props.enrollmentId} />
      <PlacementFields idPrefix="activate" programs={props.programs} state={state} defaultProgramId={props.programId} />
      <TextField id="activate-starts-on" name="startsOn" label="First day in the program" type="date" required defaultValue={props.startsOn} state={state} />
      <StaffSelect
        id="activate-therapist"
        name="primaryTherapistStaffId"
        label="Primary therapist"
        options={props.therapists}
        state={state}
        defaultValue={props.defaultTherapistId}
        emptyLabel="Not yet chosen"
      />
      <SubmitButton pendingLabel="Activating…">Activate enrollment</SubmitButton>
    </form>
  );
}
