import type { Caller } from "../../core/context";
import type { Audit } from "../../core/audit";
import type { Executor } from "@stepwise/db/client";
import { type EnforceRateLimit, giveBackRateLimit } from "../../core/rate-limit";

/** What the second-factor services use of a request: its transaction, caller, audit and rate limits. */
export interface SecondFactorRequest {
  db: Executor;
  caller: Caller;
  audit: Audit;
  rateLimit: EnforceRateLimit;
}

/** Every second-factor audit row names the account's authenticator. */
export const factorOf = (userId: string) => ({ type: "totp_factor", id: userId });

/** One try of a code against the account's second factor, counted against both of its limits before it is checked. */
export async function countCodeTry(request: Pick<SecondFactorRequest, "rateLimit">) {
  await request.rateLimit("secondFactor.code");
  await request.rateLimit("secondFactor.code.daily");
}

/**
 * A right code gives its try back: the limits hold wrong codes only, so someone who signs in often
 * (on several computers, say) is never locked out, while a guess still counts before it is checked.
 */
export async function giveBackCodeTry(request: Pick<SecondFactorRequest, "db" | "caller">) {
  await giveBackRateLimit(request.db, "secondFactor.code", request.caller.userId);
  await giveBackRateLimit(request.db, "secondFactor.code.daily", request.caller.userId);
}
