"use client";

import { SubmitButton } from "@stepwise/ui/forms";
import { useFamilySessionAction } from "./family-session-actions";

/**
 * Sign up, or join the waitlist once seats are taken. A group open to the families of two people
 * the caller is linked to asks which family they are joining with.
 */
export function SignUpForm({
  sessionId,
  title,
  forClients,
  full,
}: {
  sessionId: string;
  title: string;
  forClients: readonly { clientId: string; name: string }[];
  full: boolean;
}) {
  const action = useFamilySessionAction();
  const [only] = forClients;
  return (
    <form action={action} className="form">
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
