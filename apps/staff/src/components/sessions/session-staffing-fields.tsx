"use client";

import { FieldError, fieldAria } from "@stepwise/ui/forms";
import { type ValuesFormState, shown } from "@stepwise/ui/form-state";

export interface Facilitator {
  id: string;
  name: string;
  credentials: string | null;
}

/**
 * Who runs a session and where it meets: shared by a session template and by one dated session,
 * which start from the same fields.
 */
export function SessionStaffingFields({
  idPrefix,
  state,
  facilitators,
  saved,
  noFacilitatorLabel,
}: {
  idPrefix: string;
  state: ValuesFormState;
  facilitators: readonly Facilitator[];
  saved: { facilitatorStaffId: string | null; location: string | null; videoUrl: string | null };
  noFacilitatorLabel: string;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const aria = (name: string, fieldId: string) => fieldAria(state, name, `${fieldId}-error`);
  return (
    <>
      <div className="field">
        <label htmlFor={id("facilitator")}>Facilitator</label>
        <select
          id={id("facilitator")}
          name="facilitatorStaffId"
          defaultValue={shown(state, "facilitatorStaffId", saved.facilitatorStaffId)}
          {...aria("facilitatorStaffId", id("facilitator"))}
        >
          <option value="">{noFacilitatorLabel}</option>
          {facilitators.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
              {person.credentials ? `, ${person.credentials}` : ""}
            </option>
          ))}
        </select>
        <FieldError id={`${id("facilitator")}-error`} state={state} name="facilitatorStaffId" />
      </div>
      <fieldset className="field">
        <legend>Where (a location, a video link, or both)</legend>
        <div className="field">
          <label htmlFor={id("location")}>Location</label>
          <input id={id("location")} name="location" defaultValue={shown(state, "location", saved.location)} {...aria("location", id("location"))} />
          <FieldError id={`${id("location")}-error`} state={state} name="location" />
        </div>
        <div className="field">
          <label htmlFor={id("video")}>Video link</label>
          <input
            id={id("video")}
            name="videoUrl"
            type="url"
            inputMode="url"
            placeholder="https://"
            defaultValue={shown(state, "videoUrl", saved.videoUrl)}
            {...aria("videoUrl", id("video"))}
          />
          <FieldError id={`${id("video")}-error`} state={state} name="videoUrl" />
        </div>
      </fieldset>
    </>
  );
}
