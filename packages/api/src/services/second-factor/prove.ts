import { checkTotpCode, hashRecoveryCode, openTotpSecret } from "@stepwise/auth";
import { type SecondFactorProof, mayProveSecondFactor, secondFactorWords } from "@stepwise/domain";
import { fail } from "../../core/errors";
import { countUnusedRecoveryCodes, findSecondFactor, markSessionSecondFactor, spendRecoveryCode, spendTotpStep } from "../../queries/second-factor.queries";
import { type SecondFactorRequest, countCodeTry, factorOf, giveBackCodeTry } from "./context";

/**
 * Whether `code` is the account's current authenticator code, spending its step when it is. The
 * factor's row is locked to the end of the request, so two requests with the same code take turns
 * and the second finds the step spent. Counted against the account's tries before anything else,
 * and given back when right.
 */
export async function spendAuthenticatorCode(request: SecondFactorRequest, code: string, now: Date): Promise<boolean> {
  const { db, caller } = request;
  await countCodeTry(request);
  const factor = await findSecondFactor(db, caller.userId, { lock: true });
  if (!factor?.confirmedAt) fail({ kind: "invalid", message: secondFactorWords.notSetUp });
  const secret = openTotpSecret(factor.encryptedSecret, caller.userId);
  // A secret that no longer opens (NEXTAUTH_SECRET was changed) matches no code: a recovery code or a reset is the way back.
  if (!secret) console.error("[second-factor] an authenticator secret could not be opened with the current NEXTAUTH_SECRET");
  const check = secret ? await checkTotpCode({ secret, code, at: now, afterStep: factor.lastUsedStep }) : { valid: false as const };
  if (!check.valid) return false;
  await spendTotpStep(db, caller.userId, check.step);
  await giveBackCodeTry(request);
  return true;
}

const wrong = { app: secondFactorWords.wrongCode, recovery_code: secondFactorWords.wrongRecoveryCode } as const;

/**
 * The second step of signing in: a code from the app, or one of the recovery codes (each works
 * once). A right one marks the session, which then reaches the account's information; a wrong one
 * is refused in plain words and audited, and counts against the account's limit.
 */
export async function proveSecondFactor(request: SecondFactorRequest, proof: SecondFactorProof, now: Date) {
  const { db, caller, audit } = request;
  if (caller.secondFactor === "verified") {
    // Sent twice (a double tap): the session is already through.
    audit({ resource: factorOf(caller.userId), detail: { event: "already_verified" } });
    return { recoveryCodesLeft: await countUnusedRecoveryCodes(db, caller.userId) };
  }
  if (!mayProveSecondFactor(caller.secondFactor)) fail({ kind: "invalid", message: secondFactorWords.notSetUp });

  let accepted: boolean;
  if (proof.method === "app") {
    accepted = await spendAuthenticatorCode(request, proof.code, now);
  } else {
    await countCodeTry(request);
    accepted = await spendRecoveryCode(db, { userId: caller.userId, codeHash: hashRecoveryCode(proof.code), now });
    if (accepted) await giveBackCodeTry(request);
  }
  if (!accepted) {
    fail(
      { kind: "invalid", message: wrong[proof.method], fieldErrors: { code: [wrong[proof.method]] } },
      { resource: factorOf(caller.userId), detail: { event: "wrong_code", method: proof.method } },
    );
  }
  await markSessionSecondFactor(db, caller.sessionId, now);
  const recoveryCodesLeft = await countUnusedRecoveryCodes(db, caller.userId);
  audit({ resource: factorOf(caller.userId), detail: { event: "verified", method: proof.method, recoveryCodesLeft } });
  return { recoveryCodesLeft };
}
