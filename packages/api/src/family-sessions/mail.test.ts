import { describe, expect, it } from "vitest";
import { familySessionCancelledMail, formatSessionStart, waitlistPromotionMail } from "./mail";

const person = { displayName: "Jordan Rivera", email: "jordan@example.org" };
// 6:00 PM in New York, daylight time (March 10, 2026 is after the change on March 8).
const session = { startsAt: new Date("2026-03-10T22:00:00Z"), timeZone: "America/New_York" };

describe("formatSessionStart", () => {
  it("gives the day and start in the program's zone, the zone named", () => {
    expect(formatSessionStart(session)).toBe("Tuesday, March 10 at 6:00 PM EDT");
    expect(formatSessionStart({ startsAt: new Date("2026-01-13T23:00:00Z"), timeZone: "America/New_York" })).toBe("Tuesday, January 13 at 6:00 PM EST");
    expect(formatSessionStart({ ...session, timeZone: "America/Los_Angeles" })).toBe("Tuesday, March 10 at 3:00 PM PDT");
  });
});

describe("family-session mail", () => {
  const mails = [waitlistPromotionMail(person, session), familySessionCancelledMail(person, session)];

  it("greets the person, gives the time once, and sends them to the portal for the rest", () => {
    for (const mail of mails) {
      expect(mail.toEmail).toBe("jordan@example.org");
      expect(mail.body.startsWith("Hello Jordan Rivera,")).toBe(true);
      expect(mail.body).toContain("Tuesday, March 10 at 6:00 PM EDT");
      expect(mail.body).toContain("Sign in to the portal for details.");
    }
    expect(mails.map((mail) => mail.kind)).toEqual(["waitlist_promotion", "family_session_cancelled"]);
  });

  it("keeps the subject free of any time, title or place", () => {
    expect(mails.map((mail) => mail.subject)).toEqual(["A seat has opened up for you", "A session you signed up for was cancelled"]);
    for (const mail of mails) expect(mail.subject).not.toMatch(/\d|family|therapy|group/i);
  });
});
