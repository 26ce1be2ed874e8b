import { type ValuesFormState, initialFormState } from "@stepwise/ui/form-state";

/** An invitation form's answer: the new link, the one time it can be shown, where it is shown at all (the demo). */
export type InvitationLinkState = ValuesFormState & { link: { url: string; name: string } | null };

export const initialInvitationLinkState: InvitationLinkState = { ...initialFormState, link: null };
