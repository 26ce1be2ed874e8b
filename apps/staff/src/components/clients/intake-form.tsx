"use client";

import { FormMessage, SubmitButton } from "@stepwise/ui/forms";
import Link from "next/link";
import { useActionState } from "react";
import { PlacementFields } from "~/components/enrollment/placement-fields";
import { SetupLinkNotice } from "~/components/enrollment/setup-link-notice";
import { TextField } from "~/components/enrollment/text-field";
import type { ProgramChoice } from "~/components/enrollment/types";
import { type IntakeState, createClientAction } from "~/app/(signed-in)/clients/new/actions";

const initial: IntakeState = { status: "idle", message: null, fieldErrors: {}, created: null };

/** A new client and their referral. With an email, they also get a portal account to finish themselves. */
export function IntakeForm({ programs, today }: { programs: readonly ProgramChoice[]; today: string }) {
  const [state, action] = useActionState(createClientAction, initial);

  if (state.status === "ok" && state.created) {
    const { created } = state;
    return (
      <section className="card stack" aria-labelledby="created-heading">
        <h2 id="created-heading">{created.name}</h2>
        <FormMessage state={state} />
        {created.setupLink ? (
          <SetupLinkNotice link={created.setupLink} timeZone={created.timeZone} />
        ) : (
          <p className="muted">No email was given, so there is no portal account yet.</p>
        )}
        <p>
          <Link href={`/clients/${created.clientId}`} className="button">
            Open the client&apos;s record
          </Link>{" "}
          {/* A plain link: a fresh page load starts the form over, with the link gone from memory. */}
          <a href="/clients/new" className="button button--quiet">
            Add another client
          </a>
        </p>
      </section>
    );
  }

  return (
    <form action={action} className="form card" noValidate>
      <FormMessage state={state} />
      <fieldset className="stack">
        <legend>The person</legend>
        <TextField id="first-name" name="firstName" label="First name" required autoComplete="off" state={state} />
        <TextField id="last-name" name="lastName" label="Last name" required autoComplete="off" state={state} />
        <TextField id="preferred-name" name="preferredName" label="Preferred name (optional)" autoComplete="off" state={state} />
        <TextField id="date-of-birth" name="dateOfBirth" label="Date of birth" type="date" required state={state} />
        <TextField
          id="email"
          name="email"
          label="Email for the portal (optional)"
          type="email"
          autoComplete="off"
          hint="With an email, the client gets a portal account and a one-time link to set their own password."
          state={state}
        />
      </fieldset>
      <fieldset className="stack">
        <legend>Referral</legend>
        <PlacementFields idPrefix="intake" programs={programs} state={state} withOptions={false} />
        <TextField id="planned-start" name="plannedStartOn" label="Planned start" type="date" required defaultValue={today} state={state} />
      </fieldset>
      <SubmitButton pendingLabel="Adding…">Add client</SubmitButton>
    </form>
  );
}
