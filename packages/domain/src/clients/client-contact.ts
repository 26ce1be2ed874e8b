import { z } from "zod";
import { emailAddressSchema } from "../accounts/email-address";
import { phoneNumberSchema } from "../common/phone";
import { singleLineTextSchema } from "../common/text";

/** How staff reach a client, and whom to call when the client cannot be reached. */
export interface ClientContact {
  phone: string | null;
  email: string | null;
  emergencyContact: EmergencyContact | null;
}

export interface EmergencyContact {
  name: string;
  /** How they know the client, in the client's words: "Mother", "Partner", "Roommate". */
  relationship: string | null;
  phone: string;
}

/** A field left blank (or only spaces) clears it. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), schema.nullable());

export const emergencyContactSchema = z.object({
  name: singleLineTextSchema.min(1, { message: "Give the emergency contact's name." }).max(200),
  relationship: optional(singleLineTextSchema.max(100)),
  phone: phoneNumberSchema,
});

/** What staff type on a client's contact card. */
export const clientContactInputSchema = z.object({
  phone: optional(phoneNumberSchema),
  email: optional(emailAddressSchema),
  emergencyContact: emergencyContactSchema.nullable(),
});
export type ClientContactInput = z.infer<typeof clientContactInputSchema>;

/** The record's columns, as the contact card's words read them. */
export function clientContactOf(row: {
  phone: string | null;
  contactEmail: string | null;
  emergencyContactName: string | null;
  emergencyContactRelationship: string | null;
  emergencyContactPhone: string | null;
}): ClientContact {
  return {
    phone: row.phone,
    email: row.contactEmail,
    emergencyContact:
      row.emergencyContactName !== null && row.emergencyContactPhone !== null
        ? { name: row.emergencyContactName, relationship: row.emergencyContactRelationship, phone: row.emergencyContactPhone }
        : null,
  };
}
