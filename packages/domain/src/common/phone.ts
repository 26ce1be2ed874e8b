import { singleLineTextSchema } from "./text";

/** A phone number as a person reads it, and the digits `tel:` dials. */
export interface PhoneLine {
  /** What goes after `tel:`. */
  tel: string;
  /** How a person reads it. */
  display: string;
}

const phoneCharacters = /^\+?[0-9 ().-]+$/;
const minDigits = 7;
const maxDigits = 15;

export const phoneNumberMessage = "Give a phone number like (617) 555-0100.";

function digitsOf(value: string): string {
  return value.replaceAll(/[^0-9]/g, "");
}

/**
 * A phone number as typed: digits with the spaces, brackets, dots and dashes people write them
 * with, 7 to 15 digits (E.164's longest).
 */
export const phoneNumberSchema = singleLineTextSchema
  .max(30, { message: phoneNumberMessage })
  .refine((value) => phoneCharacters.test(value) && digitsOf(value).length >= minDigits && digitsOf(value).length <= maxDigits, {
    message: phoneNumberMessage,
  });

/**
 * The number as `tel:` wants it: a ten-digit number is a North American one (+1), a number that
 * starts with + keeps its own country code, anything else is dialled as written.
 */
export function phoneLineOf(display: string): PhoneLine {
  const digits = digitsOf(display);
  if (display.trim().startsWith("+")) return { tel: `+${digits}`, display };
  if (digits.length === 10) return { tel: `+1${digits}`, display };
  if (digits.length === 11 && digits.startsWith("1")) return { tel: `+${digits}`, display };
  return { tel: digits, display };
}
