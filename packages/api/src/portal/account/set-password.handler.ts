import type { Executor } from "@stepwise/db/client";
import type { Audit } from "../../core/audit";
import { choosePasswordFromLink } from "../../services/password-links/choose-password";
import type { SetPasswordInput } from "./set-password.input";

/** One answer for a link that is unknown, used or expired: it tells nobody which. */
export const setupLinkNotUsable =
  "This link can't be used any more: it may have expired or already been used. Please ask the center's staff for a new one.";

/**
 * Sets a new client's first password from the single-use set-up link staff gave them (a reset
 * link does not open here), exactly as a reset link sets a new one: see choosePasswordFromLink.
 */
export function setPasswordFromToken(db: Executor, audit: Audit, input: SetPasswordInput, now: Date) {
  return choosePasswordFromLink(db, audit, { ...input, purpose: "setup", app: "portal", unusable: setupLinkNotUsable }, now);
}
