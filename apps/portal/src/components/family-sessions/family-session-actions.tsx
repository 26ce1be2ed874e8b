"use client";

import { FormMessage } from "@stepwise/ui/forms";
import { initialFormState } from "@stepwise/ui/form-state";
import { createContext, type ReactNode, useActionState, useContext } from "react";
import { familySessionAction } from "~/app/(signed-in)/family-sessions/actions";

const ActionContext = createContext<((form: FormData) => void) | null>(null);

/**
 * One answer for every sign-up and cancel form on the page, shown above the lists: a session moves
 * from one list to the other when it succeeds, so the message can't live beside its button.
 */
export function FamilySessionActions({ children }: { children: ReactNode }) {
  const [state, action] = useActionState(familySessionAction, initialFormState);
  return (
    <ActionContext value={action}>
      <FormMessage state={state} />
      {children}
    </ActionContext>
  );
}

export function useFamilySessionAction(): (form: FormData) => void {
  const action = useContext(ActionContext);
  if (!action) throw new Error("useFamilySessionAction is used outside FamilySessionActions.");
  return action;
}
