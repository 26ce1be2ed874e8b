import { untrimmedTextSchema } from "@stepwise/domain";
import { z } from "zod";

/** Far above the policy's maximum; stops megabyte "passwords" from costing hashing time. */
const maxPasswordInputLength = 1024;

export const setPasswordInput = z.object({
  token: untrimmedTextSchema.min(1).max(200),
  password: untrimmedTextSchema.min(1, "Enter a password.").max(maxPasswordInputLength),
});
export type SetPasswordInput = z.infer<typeof setPasswordInput>;
