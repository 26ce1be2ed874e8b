import { newRecoveryCodes } from "@stepwise/auth";
import { type TotpCodeInput, mayManageSecondFactor, mayTurnOffSecondFactor, secondFactorSatisfied, secondFactorWords } from "@stepwise/domain";
import { fail } from "../../core/errors";
import { countUnusedRecoveryCodes, findSecondFactor, removeSecondFactor, replaceRecoveryCodes } from "../../queries/second-factor.queries";
import { type SecondFactorRequest, factorOf } from "./context";
import { spendAuthenticatorCode } from "./prove";

/** Where the account stands, for its security page and the sign-in step: status and recovery codes left. */
export async function secondFactorOverview(request: Pick<SecondFactorRequest, "db" | "caller">) {
  const { db, caller } = request;
  const factor = await findSecondFactor(db, caller.userId, { lock: false });
  return {
    status: caller.secondFactor,
    setUpAt: factor?.confirmedAt ?? null,
    recoveryCodesLeft: factor?.confirmedAt ? await countUnusedRecoveryCodes(db, caller.userId) : 0,
  };
}

/**
 * A change to an authenticator the account has, or a colleague's reset: only from a session that
 * has proven its own, and only with a current code as well, so a session left open on a shared
 * computer cannot make it.
 */
export async function requireFreshCode(request: SecondFactorRequest, input: TotpCodeInput, now: Date) {
  // A session still at the sign-in step is answered as if signed out, like every other procedure.
  if (!secondFactorSatisfied(request.caller.secondFactor)) fail({ kind: "unauthenticated" });
  if (!mayManageSecondFactor(request.caller.secondFactor)) fail({ kind: "invalid", message: secondFactorWords.notSetUp });
  if (!(await spendAuthenticatorCode(request, input.code, now))) {
    fail(
      { kind: "invalid", message: secondFactorWords.wrongCode, fieldErrors: { code: [secondFactorWords.wrongCode] } },
      { resource: factorOf(request.caller.userId), detail: { event: "wrong_code", method: "app" } },
    );
  }
}

/** A new set of recovery codes, shown once; the old ones stop working. */
export async function replaceOwnRecoveryCodes(request: SecondFactorRequest, input: TotpCodeInput, now: Date) {
  await requireFreshCode(request, input, now);
  const { codes, hashes } = newRecoveryCodes();
  await replaceRecoveryCodes(request.db, request.caller.userId, hashes);
  request.audit({ resource: factorOf(request.caller.userId), detail: { event: "recovery_codes_replaced", recoveryCodes: codes.length } });
  return { recoveryCodes: codes };
}

/** A client or family member turns their second factor off; staff cannot (the policy requires it). */
export async function turnOffOwnSecondFactor(request: SecondFactorRequest, input: TotpCodeInput, now: Date) {
  if (!mayTurnOffSecondFactor(request.caller.kind)) fail({ kind: "invalid", message: secondFactorWords.requiredForRole });
  await requireFreshCode(request, input, now);
  await removeSecondFactor(request.db, request.caller.userId);
  request.audit({ resource: factorOf(request.caller.userId), detail: { event: "turned_off" } });
  return { turnedOff: true as const };
}
