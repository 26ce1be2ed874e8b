import { singleLineTextSchema, untrimmedTextSchema } from "@stepwise/domain";
import { z } from "zod";

/** Far above the password policy's maximum; stops megabyte "passwords" from costing hashing time. */
const maxPasswordInputLength = 1024;

export const invitationTokenInput = z.object({ token: untrimmedTextSchema.min(1).max(200) });

/** The password is never trimmed: spaces count. The name is only used for a new account. */
export const acceptInvitationInput = invitationTokenInput.extend({
  password: untrimmedTextSchema.min(1, "Enter a password.").max(maxPasswordInputLength),
  displayName: singleLineTextSchema.max(120, { message: "A name is at most 120 characters." }).optional(),
});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;
