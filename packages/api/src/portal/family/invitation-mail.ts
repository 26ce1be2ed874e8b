import { familyInvitationLifetimeDays } from "@stepwise/domain";
import type { OutgoingMail } from "../../outbox";

/**
 * The invitation as the person receives it: who asked, what it means, and the link. It names no
 * program and no kind of care: the client tells them what they choose to, in the portal.
 */
export function familyInvitationMail(input: { toName: string; toEmail: string; invitedBy: string; link: string }): Pick<
  OutgoingMail,
  "kind" | "toEmail" | "subject" | "body"
> {
  const { toName, toEmail, invitedBy, link } = input;
  return {
    kind: "family_invitation",
    toEmail,
    subject: `${invitedBy} invited you to Stepwise`,
    body: [
      `Hello ${toName},`,
      "",
      `${invitedBy} would like you to be part of their support, and has invited you to Stepwise.`,
      `Once you accept, ${invitedBy} can choose what to share with you there, and can change their mind at any time.`,
      "",
      "To accept, open this link:",
      link,
      "",
      `The link works once, for ${familyInvitationLifetimeDays} days. If it has stopped working, ask ${invitedBy} to send you a new one.`,
      "If you weren't expecting this, you can ignore this message.",
    ].join("\n"),
  };
}
