import { newRecoveryCodes, newTotpSecret, openTotpSecret, sealTotpSecret, totpUri, checkTotpCode } from "@stepwise/auth";
import { type TotpCodeInput, groupedForTyping, maySetUpSecondFactor, secondFactorWords } from "@stepwise/domain";
import { fail } from "../../core/errors";
import { confirmSecondFactor, endOtherSessions, findSecondFactor, markSessionSecondFactor, replaceRecoveryCodes, saveSecondFactorSetUp } from "../../queries/second-factor.queries";
import { type SecondFactorRequest, countCodeTry, factorOf, giveBackCodeTry } from "./context";
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
 * The secret to add to the app, as a QR code and as text to type: a new one each time, replacing
 * any the account had waiting. A waiting secret is never shown again, to this session or another,
 * so someone who signed in with the password alone and saw one cannot have it confirmed by the
 * account's owner later. Started by a button (a POST), never by loading a page.
 */
export async function startSetUp(request: SecondFactorRequest) {
  const { db, caller } = request;
  const existing = await findSecondFactor(db, caller.userId, { lock: true });
  refuseUnlessSettingUp(request, Boolean(existing?.confirmedAt));
  const secret = newTotpSecret();
  await saveSecondFactorSetUp(db, { userId: caller.userId, encryptedSecret: sealTotpSecret(secret, caller.userId) });
  request.audit({ resource: factorOf(caller.userId), detail: { event: "set_up_started" } });
  const otpauthUri = totpUri(secret, caller.email);
  return { otpauthUri, qrCodeSvg: await qrCodeSvg(otpauthUri), secretForTyping: groupedForTyping(secret) };
}

/**
 * The first code from the app confirms it: from then on it is asked for at every sign-in, this
 * session counts as proven, and the recovery codes are made, to be shown this once only. Every
 * other session of the account ends: none of them proved this app, and one may be someone
 * else's who has the password.
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
  await giveBackCodeTry(request);
  const { codes, hashes } = newRecoveryCodes();
  await replaceRecoveryCodes(db, caller.userId, hashes);
  await markSessionSecondFactor(db, caller.sessionId, now);
  const otherSessionsEnded = await endOtherSessions(db, { userId: caller.userId, keepSessionId: caller.sessionId, now });
  request.audit({ resource: factorOf(caller.userId), detail: { event: "set_up", recoveryCodes: codes.length, otherSessionsEnded } });
  return { recoveryCodes: codes };
}
