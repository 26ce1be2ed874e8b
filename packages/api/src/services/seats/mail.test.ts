import { describe, expect, it } from "vitest";
import { familySessionCancelledMail, formatSessionStart, waitlistPromotionMail } from "./mail";

const person = { displayName: "Jordan Rivera", email: "jordan@example.org" };
// 6:00 PM in New York, daylight time (March 10, 2026 is after the change on March 8).
const session = { startsAt: new Date("2026-03-10T22:00:00Z"), timeZone: "America/New_York", cancelledAt: null, signUpCutoffMinutes: 120 };
// A day before the start, while cancelling in the portal is still open.
const dayBefore = new Date("2026-03-09T22:00:00Z");

describe("formatSessionStart", () => {
  it("gives the day and start in the program's zone, the zone named", () => {
    expect(formatSessionStart(session)).toBe("Tuesday, March 10 at 6:00 PM EDT");
    expect(formatSessionStart({ startsAt: new Date("2026-01-13T23:00:00Z"), timeZone: "America/New_York" })).toBe("Tuesday, January 13 at 6:00 PM EST");
    expect(formatSessionStart({ ...session, timeZone: "America/Los_Angeles" })).toBe("Tuesday, March 10 at 3:00 PM PDT");
  });
});

describe("family-session mail", () => {
  const mails = [waitlistPromotionMail(person, session, dayBefore), familySessionCancelledMail(person, session)];

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

describe("waitlistPromotionMail", () => {
  it("asks the person to cancel in the portal while cancelling is open, and to call once the cutoff has passed", () => {
    const open = waitlistPromotionMail(person, session, dayBefore).body;
    expect(open).toContain("If you can no longer come, please cancel there so someone else can have the seat.");
    expect(open).not.toContain("call the center");

    // An hour before the start, inside the two-hour cutoff: the seat is still given, but cancelling here is closed.
    const closed = waitlistPromotionMail(person, session, new Date("2026-03-10T21:00:00Z")).body;
    expect(closed).toContain("Sign in to the portal for details. If you can't come, please call the center.");
    expect(closed).not.toContain("cancel there");
  });
});
