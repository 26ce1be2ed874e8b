"use client";

import { familyRelationshipLabels, familyRelationships, maxEmailLength } from "@stepwise/domain";
import { FieldError, FormMessage, SubmitButton, fieldAria } from "@stepwise/ui/forms";
import { shown } from "@stepwise/ui/form-state";
import { useActionState } from "react";
import { inviteAction } from "~/app/(signed-in)/family/actions";
import { InvitationLink } from "./invitation-link";
import { initialInvitationLinkState } from "./invitation-state";

const fieldLabels = { name: "Their name", relationship: "How they are related to you", email: "Their email address" };

/** Invite someone by name, relationship and email; the invitation goes by mail (in the demo, the link is shown here once). */
export function InviteForm() {
  const [state, action] = useActionState(inviteAction, initialInvitationLinkState);
  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite someone</h2>
      <p className="muted">
        Invite a person who supports you. Inviting them shares nothing: you choose what they can see, and for how long,
        by signing a consent for them, now or later.
      </p>
      <FormMessage state={state} fieldLabels={fieldLabels} />
      {state.link ? <InvitationLink url={state.link.url} name={state.link.name} /> : null}
      <form action={action} className="form" noValidate>
        <div className="field">
          <label htmlFor="invite-name">{fieldLabels.name}</label>
          <input
            id="invite-name"
            name="name"
            type="text"
            autoComplete="off"
            required
            maxLength={120}
            defaultValue={shown(state, "name")}
            {...fieldAria(state, "name", "invite-name-error")}
          />
          <FieldError id="invite-name-error" state={state} name="name" />
        </div>
        <div className="field">
          <label htmlFor="invite-relationship">{fieldLabels.relationship}</label>
          <select
            id="invite-relationship"
            name="relationship"
            required
            defaultValue={shown(state, "relationship")}
            {...fieldAria(state, "relationship", "invite-relationship-error")}
          >
            <option value="" disabled>
              Choose one
            </option>
            {familyRelationships.map((relationship) => (
              <option key={relationship} value={relationship}>
                {familyRelationshipLabels[relationship]}
              </option>
            ))}
          </select>
          <FieldError id="invite-relationship-error" state={state} name="relationship" />
        </div>
        <div className="field">
          <label htmlFor="invite-email">{fieldLabels.email}</label>
          <p id="invite-email-hint" className="field-hint">
            They will sign in with this address.
          </p>
          <input
            id="invite-email"
            name="email"
            type="email"
            inputMode="email"
            autoComplete="off"
            required
            maxLength={maxEmailLength}
            defaultValue={shown(state, "email")}
            {...fieldAria(state, "email", "invite-email-error", "invite-email-hint")}
          />
          <FieldError id="invite-email-error" state={state} name="email" />
        </div>
        <SubmitButton pendingLabel="Inviting…">Invite</SubmitButton>
      </form>
    </section>
  );
}
