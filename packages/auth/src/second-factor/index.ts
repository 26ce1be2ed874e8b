export { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";
export { openTotpSecret, sealTotpSecret } from "./secret-box";
export { checkTotpCode, newTotpSecret, totpCodeAt, totpUri, type TotpCheck } from "./totp";
