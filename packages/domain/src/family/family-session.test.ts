import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { careTeamRoles } from "../staff/care-team";
import { staffRoles } from "../staff/staff-permission";
import {
  cancellationClosedReason,
  defaultSignUpCutoffMinutes,
  familySessionFormatOf,
  heldPlace,
  mayFacilitateFamilySession,
  pastScheduleRefusals,
  placeForNewSignUp,
  signUpClosedReason,
  signUpCutoffRefusals,
  signUpsCloseAt,
  familySessionCancelRefusal,
} from "./family-session";

const startsAt = new Date("2026-03-04T23:00:00Z");
const session = { startsAt, cancelledAt: null, signUpCutoffMinutes: defaultSignUpCutoffMinutes };
const minutesBefore = (minutes: number) => new Date(startsAt.getTime() - minutes * 60_000);

describe("signUpsCloseAt", () => {
  it("is the cutoff before the start: two hours by default", () => {
    expect(defaultSignUpCutoffMinutes).toBe(120);
    expect(signUpsCloseAt(session)).toEqual(new Date("2026-03-04T21:00:00Z"));
    expect(signUpsCloseAt({ startsAt, signUpCutoffMinutes: 0 })).toEqual(startsAt);
  });
});

describe("signUpClosedReason", () => {
  it("is open until the cutoff and closed from it", () => {
    expect(signUpClosedReason(session, minutesBefore(121))).toBeNull();
    expect(signUpClosedReason(session, minutesBefore(120))).toBe(
      "Sign-ups for this session have closed. Please call the center if you'd like to join.",
    );
    expect(signUpClosedReason(session, minutesBefore(1))).toMatch(/have closed/);
  });

  it("says a session that started or took place is over, whatever its cutoff", () => {
    expect(signUpClosedReason(session, startsAt)).toBe("This session has already started or taken place.");
    expect(signUpClosedReason({ ...session, signUpCutoffMinutes: 0 }, new Date(startsAt.getTime() + 1))).toMatch(/already started/);
  });

  it("says a cancelled session is cancelled, even long before it", () => {
    const cancelled = { ...session, cancelledAt: minutesBefore(60 * 24 * 3) };
    expect(signUpClosedReason(cancelled, minutesBefore(60 * 24 * 2))).toBe("This session was cancelled, so sign-ups are closed.");
  });

  it("is open exactly while now is before the moment sign-ups close (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 14 * 24 * 60 }), fc.integer({ min: -20_000, max: 40_000 }), (cutoff, minutesAhead) => {
        const timing = { startsAt, cancelledAt: null, signUpCutoffMinutes: cutoff };
        const now = minutesBefore(minutesAhead);
        const open = signUpClosedReason(timing, now) === null;
        expect(open).toBe(now.getTime() < signUpsCloseAt(timing).getTime());
      }),
    );
  });
});

describe("cancellationClosedReason", () => {
  it("lets people cancel here until the cutoff, then asks them to call", () => {
    expect(cancellationClosedReason(session, minutesBefore(121))).toBeNull();
    expect(cancellationClosedReason(session, minutesBefore(120))).toBe(
      "It's too close to the start to cancel here. Please call the center to let them know.",
    );
    expect(cancellationClosedReason(session, new Date(startsAt.getTime() + 60_000))).toMatch(/too close to the start/);
  });

  it("has nothing to cancel in a cancelled session", () => {
    expect(cancellationClosedReason({ ...session, cancelledAt: minutesBefore(600) }, minutesBefore(500))).toBe(
      "This session was cancelled; there is nothing to cancel.",
    );
  });

  it("never allows a cancellation when a sign-up would be refused for lateness (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: -1_000, max: 1_000 }), (cutoff, minutesAhead) => {
        const timing = { startsAt, cancelledAt: null, signUpCutoffMinutes: cutoff };
        const now = minutesBefore(minutesAhead);
        expect(cancellationClosedReason(timing, now) === null).toBe(signUpClosedReason(timing, now) === null);
      }),
    );
  });
});

describe("placeForNewSignUp", () => {
  it("confirms while a seat is free and waitlists once the seats are taken", () => {
    expect(placeForNewSignUp({ capacity: 8, confirmed: 0 })).toBe("confirmed");
    expect(placeForNewSignUp({ capacity: 8, confirmed: 7 })).toBe("confirmed");
    expect(placeForNewSignUp({ capacity: 8, confirmed: 8 })).toBe("waitlisted");
    expect(placeForNewSignUp({ capacity: 8, confirmed: 9 })).toBe("waitlisted");
  });

  it("never seats more people than the capacity, whatever the order of arrivals (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 200 }), (capacity, arrivals) => {
        let confirmed = 0;
        let waitlisted = 0;
        for (let i = 0; i < arrivals; i++) {
          if (placeForNewSignUp({ capacity, confirmed }) === "confirmed") confirmed++;
          else waitlisted++;
        }
        expect(confirmed).toBe(Math.min(capacity, arrivals));
        expect(waitlisted).toBe(Math.max(0, arrivals - capacity));
      }),
    );
  });
});

describe("familySessionFormatOf", () => {
  it("is one family's when the session names a client, a multi-family group otherwise", () => {
    expect(familySessionFormatOf({ clientId: "8f7e6d5c-4b3a-4a19-8f7e-6d5c4b3a2a19" })).toBe("single_family");
    expect(familySessionFormatOf({ clientId: null })).toBe("multi_family");
  });
});

describe("mayFacilitateFamilySession", () => {
  it("lets exactly the care-team roles lead a family session", () => {
    expect(staffRoles.filter(mayFacilitateFamilySession)).toEqual([...careTeamRoles]);
    expect(mayFacilitateFamilySession("front_desk")).toBe(false);
    expect(mayFacilitateFamilySession("administrator")).toBe(false);
  });
});

describe("pastScheduleRefusals", () => {
  // 10:00 on Wednesday, March 4, 2026 in New York (15:00 UTC); already Thursday in Auckland.
  const now = new Date("2026-03-04T15:00:00Z");

  it("accepts a start still to come, today or later", () => {
    expect(pastScheduleRefusals({ date: "2026-03-04", startsAt: new Date("2026-03-04T23:00:00Z"), timeZone: "America/New_York" }, now)).toEqual([]);
    expect(pastScheduleRefusals({ date: "2026-03-05", startsAt: new Date("2026-03-05T23:00:00Z"), timeZone: "America/New_York" }, now)).toEqual([]);
  });

  it("refuses a past date, or a time today that has gone by, in plain words", () => {
    expect(pastScheduleRefusals({ date: "2026-03-03", startsAt: new Date("2026-03-03T23:00:00Z"), timeZone: "America/New_York" }, now)).toEqual([
      "The date is in the past; choose today or a later day.",
    ]);
    expect(pastScheduleRefusals({ date: "2026-03-04", startsAt: new Date("2026-03-04T14:00:00Z"), timeZone: "America/New_York" }, now)).toEqual([
      "That start time today has already passed; choose a later time.",
    ]);
  });

  it("judges the date on the program's calendar, not the server's", () => {
    // Wednesday is already yesterday in Auckland.
    expect(pastScheduleRefusals({ date: "2026-03-04", startsAt: new Date("2026-03-04T20:00:00Z"), timeZone: "Pacific/Auckland" }, now)).toEqual([
      "The date is in the past; choose today or a later day.",
    ]);
  });
});

describe("heldPlace", () => {
  it("is a seat, or a numbered place in line; never a place without its number", () => {
    expect(heldPlace({ status: "confirmed", waitlistPosition: null })).toEqual({ status: "confirmed", waitlistPosition: null });
    expect(heldPlace({ status: "waitlisted", waitlistPosition: 3 })).toEqual({ status: "waitlisted", waitlistPosition: 3 });
    expect(() => heldPlace({ status: "waitlisted", waitlistPosition: null })).toThrow();
    expect(() => heldPlace({ status: "cancelled", waitlistPosition: null })).toThrow();
  });
});

describe("signUpCutoffRefusals", () => {
  it("refuses a session whose sign-ups would already be closed, naming the cutoff in words", () => {
    expect(signUpCutoffRefusals(session, minutesBefore(121))).toEqual([]);
    expect(signUpCutoffRefusals(session, minutesBefore(120))).toEqual([
      "Sign-ups would already be closed: they close 2 hours before the start. Choose a later start or a shorter sign-up cutoff.",
    ]);
    expect(signUpCutoffRefusals({ startsAt, signUpCutoffMinutes: 90 }, minutesBefore(30))[0]).toContain("they close 90 minutes before the start");
    expect(signUpCutoffRefusals({ startsAt, signUpCutoffMinutes: 60 }, minutesBefore(30))[0]).toContain("they close 1 hour before the start");
    expect(signUpCutoffRefusals({ startsAt, signUpCutoffMinutes: 2 * 24 * 60 }, minutesBefore(60))[0]).toContain("they close 2 days before the start");
  });

  it("accepts a cutoff of zero for any start still to come, and leaves a past start to pastScheduleRefusals", () => {
    expect(signUpCutoffRefusals({ startsAt, signUpCutoffMinutes: 0 }, minutesBefore(1))).toEqual([]);
    expect(signUpCutoffRefusals(session, startsAt)).toEqual([]);
    expect(signUpCutoffRefusals(session, minutesBefore(-10))).toEqual([]);
  });

  it("refuses exactly when sign-ups would be closed at once", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 60 }), fc.integer({ min: 1, max: 48 * 60 }), (cutoff, minutesAhead) => {
        const timing = { startsAt, cancelledAt: null, signUpCutoffMinutes: cutoff };
        const now = minutesBefore(minutesAhead);
        expect(signUpCutoffRefusals(timing, now).length > 0).toBe(signUpClosedReason(timing, now) !== null);
      }),
    );
  });
});

describe("familySessionCancelRefusal", () => {
  const startsAt = new Date("2026-03-10T22:00:00Z");
  it("lets staff call off a session still to come, and not one under way", () => {
    expect(familySessionCancelRefusal({ startsAt }, new Date("2026-03-10T21:59:00Z"))).toBeNull();
    expect(familySessionCancelRefusal({ startsAt }, startsAt)).toBe("This family session has already started, so it can't be cancelled.");
  });
});
