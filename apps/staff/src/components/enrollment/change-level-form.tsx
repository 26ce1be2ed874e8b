"use client";

import { type CareDestination, type CareLevel, careDestinations, isCareExit } from "@stepwise/domain";
import { fieldAria, FieldError, FormMessage, initialFormState, SubmitButton } from "@stepwise/ui/forms";
import { useSearchParams } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { changeLevelAction } from "~/app/(signed-in)/clients/[clientId]/actions";
import { careDestinationLabels } from "./destination-labels";
import { DischargePlanFields } from "./discharge-plan-fields";
import { PlacementFields } from "./placement-fields";
import { LinesField, TextField } from "./text-field";
import type { ProgramChoice } from "./types";
import { HiddenIds } from "./hidden-ids";

/**
 * Step up or down: to a level run here the client moves to a program and schedule option at that
 * level; to a destination outside the center the enrollment ends with a continuing-care plan.
 */
export function ChangeLevelForm(props: { clientId: string; enrollmentId: string; currentLevel: CareLevel; today: string; programs: readonly ProgramChoice[] }) {
  const [state, action] = useActionState(changeLevelAction, initialFormState);
  const choices = careDestinations.filter((destination) => destination !== props.currentLevel);
  // `?to=` prefills the destination a confirmed level-of-care recommendation named (#change-level opens it).
  const wanted = useSearchParams().get("to");
  const prefill = choices.find((destination) => destination === wanted);
  const [to, setTo] = useState<CareDestination>(prefill ?? choices[0]!);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!prefill || !form.current) return;
    const panel = form.current.closest("details");
    if (panel) panel.open = true;
    form.current.querySelector<HTMLSelectElement>("#level-to")?.focus();
  }, [prefill]);
  return (
    <form ref={form} id="change-level" action={action} className="form" noValidate>
      <FormMessage state={state} />
      <HiddenIds clientId={props.clientId} enrollmentId={props.enrollmentId} />
      <div className="field">
        <label htmlFor="level-to">New level of care</label>
        <select id="level-to" name="to" value={to} onChange={(event) => setTo(event.target.value as CareDestination)} {...fieldAria(state, "to", "level-to-error")}>
          {choices.map((destination) => (
            <option key={destination} value={destination}>
              {careDestinationLabels[destination]}
            </option>
          ))}
        </select>
        <FieldError id="level-to-error" state={state} name="to" />
      </div>
      <TextField id="level-effective-on" name="effectiveOn" label="Effective date" type="date" required defaultValue={props.today} state={state} />
      <LinesField id="level-reason" name="reason" label="Reason" state={state} hint="Why the clinician decided this change." />
      {isCareExit(to) ? (
        <DischargePlanFields idPrefix="level-plan" state={state} askNextLevel={false} />
      ) : (
        <PlacementFields key={to} idPrefix="level" programs={props.programs} state={state} level={to} />
      )}
      <SubmitButton pendingLabel="Saving…">{isCareExit(to) ? "Discharge to this care" : "Change level of care"}</SubmitButton>
    </form>
  );
}
