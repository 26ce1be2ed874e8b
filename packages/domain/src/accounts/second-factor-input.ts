import { z } from "zod";
import { isRecoveryCodeShape, normalizeRecoveryCode, recoveryCodeLength } from "./recovery-code";
import { totpParameters } from "./second-factor";
import { recoveryCodeExample } from "./second-factor-wording";

/** Far above any code; stops a megabyte "code" from reaching the checks. The code fields take no more. */
export const codeEntryMaxLength = 64;

const digitsPattern = new RegExp(`^\\d{${totpParameters.digits}}$`);

/** A code from the authenticator app, as typed: spaces are dropped (apps show "123 456"), then six digits. */
export const totpCodeSchema = z
  .string()
  .max(codeEntryMaxLength, { message: `Enter the ${totpParameters.digits}-digit code from your authenticator app.` })
  .transform((typed) => typed.replace(/\s/g, ""))
  .refine((code) => code.length > 0, { message: `Enter the ${totpParameters.digits}-digit code from your authenticator app.` })
  .refine((code) => code.length === 0 || digitsPattern.test(code), {
    message: `The code is ${totpParameters.digits} digits, with no letters. Enter the newest one your app shows.`,
  });

/** A recovery code, as typed: spaces and hyphens dropped, case ignored. */
export const recoveryCodeSchema = z
  .string()
  .max(codeEntryMaxLength, { message: "That isn't a recovery code. Check it and try again." })
  .transform(normalizeRecoveryCode)
  .refine((code) => code.length > 0, { message: "Enter one of your recovery codes." })
  .refine((code) => code.length === 0 || isRecoveryCodeShape(code), {
    message: `A recovery code is ${recoveryCodeLength} letters and digits, like ${recoveryCodeExample}. Check it and try again.`,
  });

/** Proving the second factor: a code from the app, or one of the recovery codes. The field is `code` either way. */
export const secondFactorProofSchema = z.discriminatedUnion("method", [
  z.object({ method: z.literal("app"), code: totpCodeSchema }),
  z.object({ method: z.literal("recovery_code"), code: recoveryCodeSchema }),
]);
export type SecondFactorProof = z.infer<typeof secondFactorProofSchema>;

/** What proves the holder is at the app when a change needs it (the first code of a new authenticator, new recovery codes, turning it off). */
export const totpCodeInputSchema = z.object({ code: totpCodeSchema });
export type TotpCodeInput = z.infer<typeof totpCodeInputSchema>;

/**
 * A director or administrator resetting a colleague's second factor, with a current code from
 * their own app: as for a change to their own, a session left open cannot do it.
 */
export const secondFactorResetSchema = totpCodeInputSchema.extend({ staffMemberId: z.uuid() });
export type SecondFactorReset = z.infer<typeof secondFactorResetSchema>;
