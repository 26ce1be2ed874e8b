"use client";

import { FormMessage, initialFormState, SubmitButton } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { referAction } from "~/app/(signed-in)/clients/[clientId]/actions";
import { PlacementFields } from "./placement-fields";
import { TextField } from "./text-field";
import type { ProgramChoice } from "./types";
import { HiddenIds } from "./hidden-ids";

/** A new referral for a client with no open enrollment, e.g. an alumnus coming back. */
export function ReferForm({ clientId, today, programs }: { clientId: string; today: string; programs: readonly ProgramChoice[] }) {
  const [state, action] = useActionState(referAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      <HiddenIds clientId={clientId} />
      <PlacementFields idPrefix="refer" programs={programs} state={state} withOptions={false} />
      <TextField id="refer-start" name="plannedStartOn" label="Planned start" type="date" required defaultValue={today} state={state} />
      <SubmitButton pendingLabel="Saving…">Record referral</SubmitButton>
    </form>
  );
}
