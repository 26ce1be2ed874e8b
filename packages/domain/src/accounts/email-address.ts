import { z } from "zod";

/** The longest address a mailbox can have in practice (RFC 5321's path limit less its brackets). */
export const maxEmailLength = 254;

/**
 * An email address as typed anywhere a person gives one (an invitation, an intake, a reset
 * request): trimmed and lowered before the check, because an address pasted with a trailing space
 * (phones add one after autocompletion) is still the same address, and one person has one address
 * here. zod's email format admits no control character, so a NUL never reaches Postgres.
 */
export const emailAddressSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { message: "Enter an email address." })
  .max(maxEmailLength, { message: `An email address is at most ${maxEmailLength} characters.` })
  .pipe(z.email({ message: "Give an email address like name@example.com." }));
