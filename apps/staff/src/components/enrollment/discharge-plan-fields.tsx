"use client";

import { careDestinations, followUpFrequencies } from "@stepwise/domain";
import type { FormState } from "@stepwise/ui/form-state";
import { FieldError, fieldAria } from "@stepwise/ui/forms";
import { careDestinationLabels, followUpFrequencyLabels } from "./destination-labels";
import { LinesField, TextField } from "./text-field";

/**
 * The continuing-care plan: where care continues, the next provider, the alumni group, and the
 * crisis plan (Stanley–Brown safety plan). Without `askNextLevel` the destination is set elsewhere.
 */
export function DischargePlanFields({ idPrefix, state, askNextLevel }: { idPrefix: string; state: FormState; askNextLevel: boolean }) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <fieldset className="stack">
      <legend>Continuing-care plan</legend>
      {askNextLevel ? (
        <div className="field">
          <label htmlFor={id("nextLevel")}>Care continues with</label>
          <select id={id("nextLevel")} name="nextLevel" defaultValue="outside_outpatient" {...fieldAria(state, "nextLevel", id("nextLevel-error"))}>
            {careDestinations.map((destination) => (
              <option key={destination} value={destination}>
                {careDestinationLabels[destination]}
              </option>
            ))}
          </select>
          <FieldError id={id("nextLevel-error")} state={state} name="nextLevel" />
        </div>
      ) : null}
      <fieldset className="stack">
        <legend>Next provider (leave empty if none)</legend>
        <TextField id={id("providerName")} name="providerName" label="Provider name" state={state} />
        <TextField id={id("providerPhone")} name="providerPhone" label="Provider phone" type="tel" state={state} />
        <div className="field">
          <label htmlFor={id("providerFrequency")}>How often</label>
          <select id={id("providerFrequency")} name="providerFrequency" defaultValue="weekly" {...fieldAria(state, "providerFrequency", id("providerFrequency-error"))}>
            {followUpFrequencies.map((frequency) => (
              <option key={frequency} value={frequency}>
                {followUpFrequencyLabels[frequency]}
              </option>
            ))}
          </select>
          <FieldError id={id("providerFrequency-error")} state={state} name="providerFrequency" />
        </div>
        <TextField id={id("firstAppointmentOn")} name="firstAppointmentOn" label="First appointment" type="date" state={state} />
      </fieldset>
      <fieldset>
        <legend>Alumni group</legend>
        <div className="choice">
          <input type="radio" id={id("alumni-yes")} name="joinsAlumniGroup" value="yes" defaultChecked />
          <label htmlFor={id("alumni-yes")}>Joins the alumni group</label>
        </div>
        <div className="choice">
          <input type="radio" id={id("alumni-no")} name="joinsAlumniGroup" value="no" />
          <label htmlFor={id("alumni-no")}>Does not join</label>
        </div>
      </fieldset>
      <fieldset className="stack">
        <legend>Crisis plan (one entry per line)</legend>
        <LinesField id={id("warningSigns")} name="warningSigns" label="Warning signs" state={state} hint="At least one." />
        <LinesField id={id("copingStrategies")} name="copingStrategies" label="Coping strategies" state={state} hint="At least one." />
        <LinesField id={id("peopleToContact")} name="peopleToContact" label="People to contact" state={state} hint="Name, phone number" />
        <LinesField
          id={id("professionalsToContact")}
          name="professionalsToContact"
          label="Professionals to contact"
          state={state}
          hint="Name, phone number"
        />
        <LinesField id={id("makingTheEnvironmentSafe")} name="makingTheEnvironmentSafe" label="Making the environment safe" state={state} />
      </fieldset>
    </fieldset>
  );
}
