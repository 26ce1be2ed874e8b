"use client";

import { type CalendarDate, type ConsentExpiry, type ConsentScope, consentExpiryEventWording, consentScopeWording, consentScopes, rightToRevokeStatement } from "@stepwise/domain";
import { capitalize } from "@stepwise/ui/format";
import { FieldError, FormMessage, SubmitButton, fieldAria, useFocusAnswer } from "@stepwise/ui/forms";
import { type ValuesFormState, initialFormState, shown, ticked } from "@stepwise/ui/form-state";
import Link from "next/link";
import { useActionState } from "react";
import { SignatureField } from "~/components/signature-field";
import { grantConsentAction } from "~/app/(signed-in)/family/[memberId]/share/actions";

const fieldLabels = {
  scopes: "What they can see",
  purpose: "Why you are sharing",
  expiry: "When sharing ends",
  signedName: "Your signature",
};

/** What a new consent's form starts from: what the client shares with this person now, when they share anything. */
export type ConsentStart = { scopes: readonly ConsentScope[]; purpose: string; expiry: ConsentExpiry };

/** The ids the error summary links each field to. */
const fieldIds = { scopes: `scope-${consentScopes[0]}`, purpose: "purpose", signedName: "signedName" };

/** The consent form: every element a consent needs, each labelled, with the right to revoke in view. */
export function ShareForm({
  member,
  signatureNames,
  inTreatment,
  today,
  latestEndDate,
  start,
}: {
  member: { id: string; name: string; joined: boolean };
  signatureNames: string[];
  inTreatment: boolean;
  today: CalendarDate;
  latestEndDate: CalendarDate;
  start: ConsentStart | null;
}) {
  const [state, action] = useActionState<ValuesFormState, FormData>(grantConsentAction.bind(null, member.id), initialFormState);
  const answer = useFocusAnswer(state);
  // Before any answer, the end shown chosen is "on a date" when that is the only end there can be, else the current consent's.
  const endChosen = !inTreatment ? ["date"] : start ? [start.expiry.kind] : [];
  const startDate = start?.expiry.kind === "date" ? start.expiry.on : undefined;
  // A refused end is about the date when a date was chosen: the message then sits under the date field.
  const dateRefused = shown(state, "end") === "date";

  return (
    <form action={action} className="card form" noValidate aria-labelledby="share-heading">
      <h2 id="share-heading" className="visually-hidden">
        Consent to share with {member.name}
      </h2>
      <FormMessage
        state={state}
        fieldLabels={fieldLabels}
        fieldIds={{ ...fieldIds, expiry: dateRefused ? "end-date-on" : "end-date" }}
        answerRef={answer}
      />

      <fieldset className="field" aria-describedby={state.fieldErrors.scopes ? "scopes-error" : undefined}>
        <legend>What {member.name} can see</legend>
        {consentScopes.map((scope) => (
          <div key={scope}>
            <div className="choice">
              <input
                id={`scope-${scope}`}
                type="checkbox"
                name="scopes"
                value={scope}
                defaultChecked={ticked(state, "scopes", scope, start?.scopes ?? [])}
                aria-describedby={`scope-${scope}-hint`}
              />
              <label htmlFor={`scope-${scope}`}>{consentScopeWording[scope].label}</label>
            </div>
            <p id={`scope-${scope}-hint`} className="field-hint">
              {consentScopeWording[scope].description}
            </p>
          </div>
        ))}
        <p className="field-hint">Your notes, and anything you say in sessions, are never shared.</p>
        <FieldError id="scopes-error" state={state} name="scopes" />
      </fieldset>

      <div className="field">
        <label htmlFor="purpose">{fieldLabels.purpose}</label>
        <p id="purpose-hint" className="field-hint">
          In a few words, for example &ldquo;So my mother can plan rides to my sessions.&rdquo;
        </p>
        <textarea
          id="purpose"
          name="purpose"
          rows={2}
          maxLength={300}
          defaultValue={shown(state, "purpose", start?.purpose)}
          {...fieldAria(state, "purpose", "purpose-error", "purpose-hint")}
        />
        <FieldError id="purpose-error" state={state} name="purpose" />
      </div>

      <fieldset className="field" aria-describedby={state.fieldErrors.expiry ? "expiry-error" : undefined}>
        <legend>{fieldLabels.expiry}</legend>
        <div className="choice">
          <input id="end-date" type="radio" name="end" value="date" defaultChecked={ticked(state, "end", "date", endChosen)} />
          <label htmlFor="end-date">On a date</label>
        </div>
        <div className="field">
          <label htmlFor="end-date-on">Last day of sharing</label>
          <p id="end-date-on-hint" className="field-hint">
            Sharing covers all of that day. Choose a day within the next year; you can sign again then.
          </p>
          <input
            id="end-date-on"
            name="endDate"
            type="date"
            min={today}
            max={latestEndDate}
            defaultValue={shown(state, "endDate", startDate)}
            {...(dateRefused ? fieldAria(state, "expiry", "expiry-error", "end-date-on-hint") : { "aria-describedby": "end-date-on-hint" })}
          />
          {dateRefused ? <FieldError id="expiry-error" state={state} name="expiry" /> : null}
        </div>
        <div className="choice">
          <input
            id="end-event"
            type="radio"
            name="end"
            value="event"
            disabled={!inTreatment}
            defaultChecked={inTreatment && ticked(state, "end", "event", endChosen)}
            aria-describedby={inTreatment ? undefined : "end-event-hint"}
          />
          <label htmlFor="end-event">{capitalize(consentExpiryEventWording.end_of_treatment)}</label>
        </div>
        {inTreatment ? null : (
          <p id="end-event-hint" className="field-hint">
            You aren&apos;t in treatment here now, so please choose a date.
          </p>
        )}
        {dateRefused ? null : <FieldError id="expiry-error" state={state} name="expiry" />}
      </fieldset>

      <section className="notice" aria-labelledby="revoke-heading">
        <h3 id="revoke-heading">Your right to take this back</h3>
        <p>{rightToRevokeStatement}</p>
        {member.joined ? null : <p>{member.name} will see what you share once they accept your invitation.</p>}
      </section>

      <SignatureField state={state} label={fieldLabels.signedName} signatureNames={signatureNames} signs="this consent" />

      <div className="pager">
        <SubmitButton pendingLabel="Signing…">Sign and share</SubmitButton>
        <Link href="/family" className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}
