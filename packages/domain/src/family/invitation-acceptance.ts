import { refusalMessage } from "../common/refusal";

const lead = "We couldn't accept your invitation with that password.";

/**
 * The one answer to an invitation that could not be accepted with the password given, whatever
 * the reason: the link is spent or expired, the address has a family account and this isn't its
 * password (or it has had too many wrong ones), or the address belongs to an account that can't be
 * family (a client's, staff's, a disabled one). Telling these apart would tell whoever holds a link
 * who has an account here (42 CFR 2.13(c)), so the answer depends only on what was typed:
 * `passwordProblems` are the password policy's reasons against that password as a new one,
 * listed so that someone new knows what to change.
 */
export function invitationRefusal(passwordProblems: readonly string[]): string {
  if (passwordProblems.length > 0) {
    return refusalMessage(
      `${lead} If you're new to Stepwise, please choose a password as described below. If you already have a family account with this email address, enter its password.`,
      passwordProblems,
    );
  }
  return `${lead} If you already have a Stepwise family account with this email address, please check its password; after several wrong tries, wait 15 minutes. Otherwise this invitation link can't be used any more: it may have expired or already been used. Please ask the person who invited you to send a new one.`;
}
