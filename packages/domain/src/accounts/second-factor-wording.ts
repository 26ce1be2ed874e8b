import { formatRecoveryCode } from "./recovery-code";
import { totpParameters } from "./second-factor";

/** What people are told about their second factor, in one place and in plain words. */
export const secondFactorWords = {
  wrongCode: `That code didn't work. Codes change every ${totpParameters.periodSeconds} seconds: enter the newest one your authenticator app shows.`,
  // Also what a reused code hears: saying "already used" would only help someone replaying it.
  wrongRecoveryCode: "That recovery code didn't work. Check it and try again. Each code works only once.",
  noSetUpPending: "Start setting up your authenticator app again: that setup has ended.",
  alreadySetUp: "Your account already has an authenticator app set up.",
  notSetUp: "Your account doesn't have an authenticator app set up.",
  requiredForRole: "Staff accounts always need an authenticator app, so it can't be turned off.",
  ownReset: "You can't reset your own authenticator app here. Please ask another director or administrator.",
  disabledReset: "That account is disabled: it can't sign in, so there is no authenticator app to reset.",
} as const;

/** A recovery code as the screens show one, for the examples in hints and messages. */
export const recoveryCodeExample = formatRecoveryCode("7KQ2MXH4TP");

/** The words around the fields a code is typed into, read from the parameters the codes are made with. */
export const codeFieldWords = {
  appLabel: `${totpParameters.digits}-digit code`,
  appHeading: `Enter the ${totpParameters.digits}-digit code`,
  appHint: "Open your authenticator app and enter the code it shows for Stepwise.",
  appNowHint: `The code changes every ${totpParameters.periodSeconds} seconds. Enter the one showing now.`,
  recoveryLabel: "Recovery code",
  recoveryHeading: "Enter a recovery code",
} as const;
