import type { Caller } from "../../core/context";
import type { Audit } from "../../core/audit";
import type { Executor } from "@stepwise/db/client";
import type { EnforceRateLimit } from "../../core/rate-limit";

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
