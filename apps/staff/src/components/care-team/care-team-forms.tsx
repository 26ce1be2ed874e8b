"use client";

import { careTeamResponsibilities } from "@stepwise/domain";
import type { FormState } from "@stepwise/ui/form-state";
import { fieldAria, FieldError, FormMessage, initialFormState, SubmitButton } from "@stepwise/ui/forms";
import { staffLabels } from "@stepwise/ui/labels";
import { useActionState, useState } from "react";
import type { CareTeamOption } from "~/components/enrollment/types";
import { addCareTeamMemberAction, removeCareTeamMemberAction } from "~/app/(signed-in)/clients/[clientId]/actions";
import { HiddenIds } from "~/components/enrollment/hidden-ids";
import { otherResponsibility } from "./care-team-choice";

/** "Dana Reyes, LCSW (Clinician)": who the staff member is, as staff pick them. */
export function careTeamOptionLabel(option: CareTeamOption): string {
  return `${option.name}${option.credentials ? `, ${option.credentials}` : ""} (${staffLabels.role[option.role]})`;
}

/** A staff picker over the people who may join a care team. */
export function StaffSelect(props: {
  id: string;
  name: string;
  label: string;
  options: readonly CareTeamOption[];
  state: FormState;
  defaultValue?: string;
  emptyLabel?: string;
}) {
  const errorId = `${props.id}-error`;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} defaultValue={props.defaultValue ?? ""} {...fieldAria(props.state, props.name, errorId)}>
        <option value="">{props.emptyLabel ?? "Choose a staff member"}</option>
        {props.options.map((option) => (
          <option key={option.staffMemberId} value={option.staffMemberId}>
            {careTeamOptionLabel(option)}
          </option>
        ))}
      </select>
      <FieldError id={errorId} state={props.state} name={props.name} />
    </div>
  );
}

/** Adds a staff member to the enrollment's care team; the API refuses a second entry for the same role. */
export function AddCareTeamMemberForm({ clientId, enrollmentId, options }: { clientId: string; enrollmentId: string; options: readonly CareTeamOption[] }) {
  const [state, action] = useActionState(addCareTeamMemberAction, initialFormState);
  const [choice, setChoice] = useState<string>(careTeamResponsibilities[0]);
  const other = choice === otherResponsibility;
  // The API names the field "responsibility"; its message goes beside whichever field holds the words.
  const responsibilityError = "care-team-responsibility-error";
  const otherAria = fieldAria(state, "responsibility", responsibilityError);
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      <HiddenIds clientId={clientId} enrollmentId={enrollmentId} />
      <StaffSelect id="care-team-staff" name="staffMemberId" label="Staff member" options={options} state={state} />
      <div className="field">
        <label htmlFor="care-team-responsibility">Responsibility</label>
        <select
          id="care-team-responsibility"
          name="responsibilityChoice"
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          {...(other ? {} : fieldAria(state, "responsibility", responsibilityError))}
        >
          {careTeamResponsibilities.map((responsibility) => (
            <option key={responsibility} value={responsibility}>
              {responsibility}
            </option>
          ))}
          <option value={otherResponsibility}>Another responsibility…</option>
        </select>
        {other ? null : <FieldError id={responsibilityError} state={state} name="responsibility" />}
      </div>
      {other ? (
        <div className="field">
          <label htmlFor="care-team-responsibility-other">Responsibility in your center&apos;s words</label>
          <p id="care-team-responsibility-hint" className="field-hint">
            The client reads this on their plan, e.g. &ldquo;Substance use counselor&rdquo;. Up to 80 characters.
          </p>
          <input
            id="care-team-responsibility-other"
            name="responsibilityOther"
            maxLength={80}
            aria-invalid={otherAria["aria-invalid"]}
            aria-describedby={["care-team-responsibility-hint", otherAria["aria-describedby"]].filter(Boolean).join(" ")}
          />
          <FieldError id={responsibilityError} state={state} name="responsibility" />
        </div>
      ) : null}
      <SubmitButton pendingLabel="Adding…">Add to the care team</SubmitButton>
    </form>
  );
}

/** Takes one member off the care team; the button names who, for screen readers too. */
export function RemoveCareTeamMemberForm(props: { clientId: string; enrollmentId: string; careTeamMemberId: string; who: string }) {
  const [state, action] = useActionState(removeCareTeamMemberAction, initialFormState);
  return (
    <form action={action}>
      <HiddenIds clientId={props.clientId} enrollmentId={props.enrollmentId} />
      <input type="hidden" name="careTeamMemberId" value={props.careTeamMemberId} />
      <SubmitButton pendingLabel="Removing…" quiet>
        Remove<span className="visually-hidden"> {props.who}</span>
      </SubmitButton>
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}
