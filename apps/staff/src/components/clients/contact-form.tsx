"use client";

import type { ClientContact } from "@stepwise/domain";
import { fieldAria, FieldError, FormMessage, initialFormState, SubmitButton, useFocusAnswer } from "@stepwise/ui/forms";
import type { FormState } from "@stepwise/ui/form-state";
import { useActionState } from "react";
import { updateContactAction } from "./contact-actions";

const fieldLabels = {
  phone: "Phone",
  email: "Email",
  "emergencyContact.name": "Emergency contact's name",
  "emergencyContact.relationship": "Relationship to the client",
  "emergencyContact.phone": "Emergency contact's phone",
};
type FieldName = keyof typeof fieldLabels;
const idOf = (name: FieldName) => `contact-${name.replace(".", "-")}`;
const fieldIds = Object.fromEntries(Object.keys(fieldLabels).map((name) => [name, idOf(name as FieldName)]));

function Field({ name, type, autoComplete, defaultValue, state }: { name: FieldName; type: "tel" | "email" | "text"; autoComplete: string; defaultValue: string | null; state: FormState }) {
  const id = idOf(name);
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{fieldLabels[name]}</label>
      <input id={id} name={name} type={type} autoComplete={autoComplete} defaultValue={defaultValue ?? ""} {...fieldAria(state, name, errorId)} />
      <FieldError id={errorId} state={state} name={name} />
    </div>
  );
}

/** Edits how to reach the client and whom to call in an emergency; a field left blank is cleared. */
export function ContactForm({ clientId, contact }: { clientId: string; contact: ClientContact }) {
  const [state, action] = useActionState(updateContactAction, initialFormState);
  const answerRef = useFocusAnswer(state);
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} fieldLabels={fieldLabels} fieldIds={fieldIds} answerRef={answerRef} />
      <input type="hidden" name="clientId" value={clientId} />
      <Field name="phone" type="tel" autoComplete="off" defaultValue={contact.phone} state={state} />
      <Field name="email" type="email" autoComplete="off" defaultValue={contact.email} state={state} />
      <fieldset>
        <legend>Emergency contact</legend>
        <Field name="emergencyContact.name" type="text" autoComplete="off" defaultValue={contact.emergencyContact?.name ?? null} state={state} />
        <Field name="emergencyContact.relationship" type="text" autoComplete="off" defaultValue={contact.emergencyContact?.relationship ?? null} state={state} />
        <Field name="emergencyContact.phone" type="tel" autoComplete="off" defaultValue={contact.emergencyContact?.phone ?? null} state={state} />
      </fieldset>
      <SubmitButton pendingLabel="Saving…">Save contact details</SubmitButton>
    </form>
  );
}
