import { describe, expect, it } from "vitest";
import { informationSeenSentence, staffRoleForClient } from "./disclosure-wording";
import { staffRoles } from "../staff/staff-permission";

const day = (date: string) => ({ "2026-03-03": "3 March", "2026-04-02": "2 April" })[date] ?? date;
const jordan = { name: "Jordan Ellis", relationship: "spouse_or_partner" as const };

describe("who has seen my information, in the client's words", () => {
  it("names the family member, what they saw and the consent it was under", () => {
    expect(informationSeenSentence({ kind: "family", action: "sharedWithMe.schedule", familyMember: jordan, consentsSignedOn: ["2026-03-03"] }, day)).toBe(
      "Jordan Ellis (spouse or partner) saw your schedule, under the consent you signed on 3 March.",
    );
  });

  it("names every consent a read was allowed under, each day once", () => {
    expect(
      informationSeenSentence(
        { kind: "family", action: "sharedWithMe.clients", familyMember: jordan, consentsSignedOn: ["2026-04-02", "2026-03-03", "2026-03-03"] },
        day,
      ),
    ).toBe("Jordan Ellis (spouse or partner) saw that you share with them, and what, under the consents you signed on 3 March and 2 April.");
  });

  it("reads rows from before the portal's keys were renamed, and rows that recorded no consent", () => {
    expect(informationSeenSentence({ kind: "family", action: "shared.plan", familyMember: { name: "Sam", relationship: "parent" }, consentsSignedOn: [] }, day)).toBe(
      "Sam (parent) saw your plan summary, under a consent you gave them.",
    );
  });

  it("says nothing of a consent where none applies yet: accepting the invitation", () => {
    expect(informationSeenSentence({ kind: "family", action: "invitation.accept", familyMember: { name: "Sam", relationship: "sibling" }, consentsSignedOn: [] }, day)).toBe(
      "Sam (brother or sister) accepted your invitation to the portal.",
    );
  });

  it("names staff by role, never by name", () => {
    expect(informationSeenSentence({ kind: "staff", action: "clients.detail", role: "clinician" }, day)).toBe("A clinician opened your record.");
    expect(informationSeenSentence({ kind: "staff", action: "attendance.record", role: "front_desk" }, day)).toBe("The front desk recorded your attendance.");
    expect(informationSeenSentence({ kind: "staff", action: "audit.disclosures", role: "privacy_officer" }, day)).toBe(
      "The privacy officer looked at what your family has seen.",
    );
    for (const role of staffRoles) expect(staffRoleForClient[role]).toMatch(/^(A|An|The) [a-z ]+$/);
    expect(informationSeenSentence({ kind: "staff", action: "clients.detail", role: null }, day)).toBe("Someone at the center opened your record.");
  });

  it("still says someone used the information for an action it has no words for", () => {
    expect(informationSeenSentence({ kind: "staff", action: "reports.monthly", role: "administrator" }, day)).toBe("An administrator used your information.");
    expect(informationSeenSentence({ kind: "family", action: "sharedWithMe.notes", familyMember: jordan, consentsSignedOn: ["2026-03-03"] }, day)).toBe(
      "Jordan Ellis (spouse or partner) saw something you share with them, under the consent you signed on 3 March.",
    );
  });
});
