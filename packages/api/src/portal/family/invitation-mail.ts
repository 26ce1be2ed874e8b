import { familyInvitationLifetimeDays } from "@stepwise/domain";
import type { OutgoingMail } from "../../queries/outbox.queries";

/**
 * The invitation as the person receives it, saying as little as it can: who invited them (by the
 * name the client goes by), the link, and how long it works. Mail can be read by others and
 * previewed on a locked screen, so it names no program, level of care, diagnosis or treatment:
 * the client tells them what they choose to, in the portal.
 */
export function familyInvitationMail(input: { toName: string; toEmail: string; invitedBy: string; link: string }): Pick<
  OutgoingMail,
  "kind" | "toEmail" | "subject" | "body"
> {
  const { toName, toEmail, invitedBy, link } = input;
  return {
    kind: "family_invitation",
    toEmail,
    subject: `An invitation from ${invitedBy}`,
    body: [
      `Hello ${toName},`,
      "",
      `${invitedBy} has invited you to join them on Stepwise. To accept, open this link:`,
      link,
      "",
      `The link works once, for ${familyInvitationLifetimeDays} days. If it has stopped working, ask ${invitedBy} for a new one.`,
      "If you weren't expecting this, you can ignore this message.",
    ].join("\n"),
  };
}
