import { describe, expect, it } from "vitest";
import { passwordResetMail } from "./reset-mail";

const mail = passwordResetMail({ toEmail: "river@example.org", link: "https://portal.example.org/reset-password/abc" });

describe("passwordResetMail", () => {
  it("says someone asked, gives the link and how long it works, and what to do if it wasn't them", () => {
    expect(mail).toMatchObject({ kind: "password_reset", toEmail: "river@example.org", subject: "Reset your Stepwise password" });
    const lines = mail.body.split("\n");
    expect(lines).toContain("https://portal.example.org/reset-password/abc");
    expect(mail.body).toContain("Someone asked to reset the password for your account at Stepwise.");
    expect(mail.body).toContain("works once, for 30 minutes");
    expect(mail.body).toContain("If it wasn't you, you can ignore this message");
  });

  it("names no person, care, program, level, diagnosis or treatment, in the subject or the body", () => {
    const words =
      /treatment|therap|care|program|session|level|IOP|PHP|outpatient|hospital|clinic|diagnos|health|mental|recovery|substance|addiction|support|patient|counsel|river/i;
    expect(mail.subject).not.toMatch(words);
    expect(mail.body.replace(mail.toEmail, "")).not.toMatch(words);
  });
});
