"use client";

import { FormMessage, SubmitButton, useFocusAnswer } from "@stepwise/ui/forms";
import { initialFormState } from "@stepwise/ui/form-state";
import { useActionState } from "react";
import { familySessionAction } from "~/app/(signed-in)/family-sessions/actions";

/**
 * Sign up, or join the waitlist once seats are taken. A group open to the families of two people
 * the caller is linked to asks which family they are joining with. Once signed up, the answer
 * takes the button's place, with focus on it, and no other button comes under the thumb there: a
 * second tap lands on words, never on "Join the waitlist".
 */
export function SignUpForm({
  sessionId,
  title,
  forClients,
  full,
  held,
}: {
  sessionId: string;
  title: string;
  forClients: readonly { clientId: string; name: string }[];
  full: boolean;
  /** Whether the caller holds a place in it now (given up from their sign-ups, the form comes back). */
  held: boolean;
}) {
  const [state, action] = useActionState(familySessionAction, initialFormState);
  const answer = useFocusAnswer(state);
  const [only] = forClients;
  if (state.status === "ok" && held) return <FormMessage state={state} answerRef={answer} />;
  return (
    <form action={action} className="form">
      <FormMessage state={state} answerRef={answer} />
      <input type="hidden" name="intent" value="signUp" />
      <input type="hidden" name="sessionId" value={sessionId} />
      {forClients.length === 1 && only ? (
        <input type="hidden" name="clientId" value={only.clientId} />
      ) : (
        <fieldset className="field">
          <legend>Whose family are you joining with?</legend>
          {forClients.map((client, index) => (
            <label key={client.clientId} className="choice">
              <input type="radio" name="clientId" value={client.clientId} defaultChecked={index === 0} required />
              {client.name}&apos;s family
            </label>
          ))}
        </fieldset>
      )}
      <SubmitButton pendingLabel="Signing you up…">
        {full ? "Join the waitlist" : "Sign up"}
        <span className="visually-hidden"> for {title}</span>
      </SubmitButton>
    </form>
  );
}
