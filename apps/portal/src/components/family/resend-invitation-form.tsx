"use client";

import { FormMessage, SubmitButton } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { resendInvitationAction } from "~/app/(signed-in)/family/actions";
import { InvitationLink } from "./invitation-link";
import { initialInvitationLinkState } from "./invitation-state";

/** Sends a fresh invitation to someone who hasn't accepted yet (in the demo, its link is shown here once). */
export function ResendInvitationForm({ member }: { member: { id: string; name: string } }) {
  const [state, action] = useActionState(resendInvitationAction.bind(null, member), initialInvitationLinkState);
  return (
    <div className="stack">
      <FormMessage state={state} />
      {state.link ? <InvitationLink url={state.link.url} name={state.link.name} /> : null}
      <form action={action}>
        <SubmitButton pendingLabel="Making a new link…" quiet>
          Send {member.name} a new link
        </SubmitButton>
      </form>
    </div>
  );
}
