"use client";

import { FormMessage, SubmitButton } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { type SetupLinkState, setupLinkAction } from "~/app/(signed-in)/clients/[clientId]/actions";
import { SetupLinkNotice } from "./setup-link-notice";
import { HiddenIds } from "./hidden-ids";

const initial: SetupLinkState = { status: "idle", message: null, fieldErrors: {}, link: null };

/** A fresh password-setup link for a client who has not finished their portal account. */
export function SetupLinkForm({ clientId, timeZone }: { clientId: string; timeZone: string }) {
  const [state, action] = useActionState(setupLinkAction, initial);
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      {state.link ? <SetupLinkNotice link={state.link} timeZone={timeZone} /> : null}
      <HiddenIds clientId={clientId} />
      <SubmitButton pendingLabel="Creating…" quiet>
        Create a new setup link
      </SubmitButton>
    </form>
  );
}
