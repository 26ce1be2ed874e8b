import { newRecoveryCodes, newTotpSecret, openTotpSecret, sealTotpSecret, totpUri, checkTotpCode } from "@stepwise/auth";
import { type TotpCodeInput, groupedForTyping, maySetUpSecondFactor, secondFactorWords } from "@stepwise/domain";
import { fail } from "../../core/errors";
import { confirmSecondFactor, findSecondFactor, markSessionSecondFactor, replaceRecoveryCodes, saveSecondFactorSetUp } from "../../queries/second-factor.queries";
import { type SecondFactorRequest, countCodeTry, factorOf } from "./context";
import { qrCodeSvg } from "./qr-code";

/**
 * Setting up an authenticator app: on a staff member's first sign-in (their session can do
 * nothing else until it is done), or when a client or family member turns one on. Only while the
 * account has none confirmed: a session waiting for a code can never set up another one instead.
 */

function refuseUnlessSettingUp(request: SecondFactorRequest, confirmed: boolean) {
  if (confirmed || !maySetUpSecondFactor(request.caller.secondFactor)) {
    fail({ kind: "invalid", message: secondFactorWords.alreadySetUp }, { resource: factorOf(request.caller.userId), detail: { event: "set_up_refused" } });
  }
}

/**
 * The secret to add to the app, as a QR code and as text to type. The same secret until it is
 * confirmed, so reloading the page does not undo a scan already made.
 */
export async function startSetUp(request: SecondFactorRequest) {
  const { db, caller } = request;
  const existing = await findSecondFactor(db, caller.userId, { lock: true });
  refuseUnlessSettingUp(request, Boolean(existing?.confirmedAt));
  let secret = existing ? openTotpSecret(existing.encryptedSecret, caller.userId) : null;
  if (!secret) {
    secret = newTotpSecret();
    await saveSecondFactorSetUp(db, { userId: caller.userId, encryptedSecret: sealTotpSecret(secret, caller.userId) });
  }
  request.audit({ resource: factorOf(caller.userId), detail: { event: "set_up_started" } });
  const otpauthUri = totpUri(secret, caller.email);
  return { otpauthUri, qrCodeSvg: await qrCodeSvg(otpauthUri), secretForTyping: groupedForTyping(secret) };
}

/**
 * The first code from the app confirms it: from then on it is asked for at every sign-in, this
 * session counts as proven, and the recovery codes are made, to be shown this once only.
 */
export async function confirmSetUp(request: SecondFactorRequest, input: TotpCodeInput, now: Date) {
  const { db, caller } = request;
  await countCodeTry(request);
  const factor = await findSecondFactor(db, caller.userId, { lock: true });
  refuseUnlessSettingUp(request, Boolean(factor?.confirmedAt));
  const secret = factor ? openTotpSecret(factor.encryptedSecret, caller.userId) : null;
  if (!secret) fail({ kind: "invalid", message: secondFactorWords.noSetUpPending });
  const check = await checkTotpCode({ secret, code: input.code, at: now, afterStep: null });
  if (!check.valid) {
    fail(
      { kind: "invalid", message: secondFactorWords.wrongCode, fieldErrors: { code: [secondFactorWords.wrongCode] } },
      { resource: factorOf(caller.userId), detail: { event: "set_up_wrong_code" } },
    );
  }
  await confirmSecondFactor(db, { userId: caller.userId, step: check.step, now });
  const { codes, hashes } = newRecoveryCodes();
  await replaceRecoveryCodes(db, caller.userId, hashes);
  await markSessionSecondFactor(db, caller.sessionId, now);
  request.audit({ resource: factorOf(caller.userId), detail: { event: "set_up", recoveryCodes: codes.length } });
  return { recoveryCodes: codes };
}
