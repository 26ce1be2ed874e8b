import { describe, expect, it } from "vitest";
import { familyInvitationMail } from "./invitation-mail";

const mail = familyInvitationMail({
  toName: "Morgan Rivera",
  toEmail: "morgan@example.org",
  invitedBy: "Alex",
  link: "https://portal.example.org/invitation/abc",
});

describe("familyInvitationMail", () => {
  it("says who invited them, the link and how long it works", () => {
    expect(mail).toMatchObject({ kind: "family_invitation", toEmail: "morgan@example.org", subject: "An invitation from Alex" });
    const lines = mail.body.split("\n");
    expect(lines[0]).toBe("Hello Morgan Rivera,");
    expect(lines).toContain("https://portal.example.org/invitation/abc");
    expect(mail.body).toContain("Alex has invited you");
    expect(mail.body).toContain("for 7 days");
  });

  it("names no care, program, level, diagnosis or treatment, in the subject or the body", () => {
    const words =
      /treatment|therap|care|program|session|level|IOP|PHP|outpatient|hospital|clinic|diagnos|health|mental|recovery|substance|addiction|support|patient|counsel/i;
    expect(mail.subject).not.toMatch(words);
    expect(mail.body).not.toMatch(words);
  });
});
