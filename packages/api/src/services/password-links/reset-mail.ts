import { passwordResetLinkLifetimeMinutes } from "@stepwise/domain";
import type { OutgoingMail } from "../../queries/outbox.queries";

/**
 * The reset link as the account's holder receives it. Mail can be read by others and previewed on
 * a locked screen, so it says only that someone asked: no name, no program, no care of any kind,
 * and nothing that tells a reader of the mailbox more than that an account exists here.
 */
export function passwordResetMail(input: { toEmail: string; link: string }): Pick<OutgoingMail, "kind" | "toEmail" | "subject" | "body"> {
  return {
    kind: "password_reset",
    toEmail: input.toEmail,
    subject: "Reset your Stepwise password",
    body: [
      "Hello,",
      "",
      "Someone asked to reset the password for your account at Stepwise. If it was you, open this link to choose a new password:",
      input.link,
      "",
      `The link works once, for ${passwordResetLinkLifetimeMinutes} minutes. Choosing a new password signs you out everywhere you are signed in.`,
      "If it wasn't you, you can ignore this message: your password stays as it is.",
    ].join("\n"),
  };
}
