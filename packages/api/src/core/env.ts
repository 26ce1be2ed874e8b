/**
 * The only place in @stepwise/api that reads process.env. Its one setting is read on every call
 * rather than once, like the consents it sits beside, and a value it doesn't know stops the
 * request with a clear message instead of being guessed at.
 */

/**
 * SHOW_INVITATION_LINKS: whether the client is shown the invitation link they send, to pass on
 * themselves. Only the embedded demo, which has no mail server, sets it to "true". A link proves
 * that whoever opens it reads that mailbox only when it travels by mail alone; shown to the
 * client, it would let them open it and learn whether that address has an account here
 * (42 CFR 2.13(c)), so a deployment leaves it unset.
 */
export function showInvitationLinksIn(env: Record<string, string | undefined>): boolean {
  const value = env["SHOW_INVITATION_LINKS"] ?? "";
  if (value === "true") return true;
  if (value === "" || value === "false") return false;
  throw new Error(`SHOW_INVITATION_LINKS must be "true", "false" or unset, not "${value}".`);
}

export const showInvitationLinks = (): boolean => showInvitationLinksIn(process.env);
