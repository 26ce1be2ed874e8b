import { describe, expect, it } from "vitest";
import { clientContactInputSchema, clientContactOf } from "./client-contact";

describe("clientContactInputSchema", () => {
  it("clears a field left blank and lowers an email", () => {
    expect(clientContactInputSchema.parse({ phone: "  ", email: " Alex@Example.com ", emergencyContact: null })).toEqual({
      phone: null,
      email: "alex@example.com",
      emergencyContact: null,
    });
  });

  it("needs a name and a number for an emergency contact", () => {
    const missingPhone = clientContactInputSchema.safeParse({ phone: null, email: null, emergencyContact: { name: "Sam", relationship: "", phone: "" } });
    expect(missingPhone.success).toBe(false);
    const whole = clientContactInputSchema.parse({ phone: null, email: null, emergencyContact: { name: "Sam", relationship: "", phone: "(617) 555-0160" } });
    expect(whole.emergencyContact).toEqual({ name: "Sam", relationship: null, phone: "(617) 555-0160" });
  });

  it("refuses a phone number with letters and a name with a hidden override", () => {
    expect(clientContactInputSchema.safeParse({ phone: "call me", email: null, emergencyContact: null }).success).toBe(false);
    expect(
      clientContactInputSchema.safeParse({ phone: null, email: null, emergencyContact: { name: "Sam\u202E", relationship: null, phone: "6175550160" } }).success,
    ).toBe(false);
  });
});

describe("clientContactOf", () => {
  it("names no emergency contact without a name and a number", () => {
    const row = { phone: "6175550110", contactEmail: null, emergencyContactName: null, emergencyContactRelationship: null, emergencyContactPhone: null };
    expect(clientContactOf(row)).toEqual({ phone: "6175550110", email: null, emergencyContact: null });
    expect(clientContactOf({ ...row, emergencyContactName: "Sam", emergencyContactPhone: "6175550160" }).emergencyContact).toEqual({
      name: "Sam",
      relationship: null,
      phone: "6175550160",
    });
  });
});
