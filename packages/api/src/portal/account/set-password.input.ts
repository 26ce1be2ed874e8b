import { type PasswordFromLink, passwordFromLinkSchema } from "@stepwise/domain";

/** A set-up link's token and the first password: the same input as any link that chooses a password. */
export const setPasswordInput = passwordFromLinkSchema;
export type SetPasswordInput = PasswordFromLink;
