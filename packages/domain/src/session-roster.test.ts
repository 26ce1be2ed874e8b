import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { enrollmentStatuses } from "./enrollment-status";
import { type RosterEnrollment, enrollmentExpectedOn, sessionRosterClientIds } from "./session-roster";

const evening = "option-evening";
const morning = "option-morning";
const date = "2026-03-11";

function enrollment(clientId: string, overrides: Partial<RosterEnrollment> = {}): RosterEnrollment {
  return { clientId, status: "active", scheduleOptionId: evening, startsOn: "2026-03-02", endsOn: null, ...overrides };
}

describe("sessionRosterClientIds", () => {
  it("lists active clients of the group's schedule option on that date", () => {
    const roster = sessionRosterClientIds(
      { scheduleOptionId: evening, clientId: null, date },
      [
        enrollment("ana"),
        enrollment("ben", { scheduleOptionId: morning }),
        enrollment("cleo", { status: "on_hold" }),
        enrollment("dev", { startsOn: "2026-03-12" }),
        enrollment("eli", { status: "discharged", endsOn: "2026-03-11" }),
        enrollment("fay", { status: "discharged", endsOn: "2026-03-12" }),
        enrollment("gus", { status: "intake_scheduled" }),
      ],
      [],
    );
    // Fay's last day was the 11th (the end is exclusive); Eli's was the 10th.
    expect(roster).toEqual(["ana", "fay"]);
  });

  it("lists only its own client for an individual session", () => {
    expect(sessionRosterClientIds({ scheduleOptionId: null, clientId: "ben", date }, [enrollment("ana")], [])).toEqual(["ben"]);
  });

  it("keeps anyone already recorded, once", () => {
    const roster = sessionRosterClientIds(
      { scheduleOptionId: evening, clientId: null, date },
      [enrollment("ana"), enrollment("cleo", { status: "on_hold" })],
      ["cleo", "ana"],
    );
    expect(roster).toEqual(["ana", "cleo"]);
  });

  it("property: every recorded client is on the roster, and nobody appears twice", () => {
    const id = fc.constantFrom<string>("a", "b", "c", "d", "e");
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            clientId: id,
            status: fc.constantFrom(...enrollmentStatuses),
            scheduleOptionId: fc.constantFrom(evening, morning, null),
            startsOn: fc.constantFrom("2026-03-01", "2026-03-11", "2026-03-20"),
            endsOn: fc.constantFrom(null, "2026-03-05", "2026-03-11", "2026-03-12"),
          }),
        ),
        fc.array(id),
        (enrollments, recorded) => {
          const roster = sessionRosterClientIds({ scheduleOptionId: evening, clientId: null, date }, enrollments, recorded);
          expect(new Set(roster).size).toBe(roster.length);
          for (const clientId of recorded) expect(roster).toContain(clientId);
          for (const clientId of roster) {
            const expected = enrollments.some((e) => e.clientId === clientId && enrollmentExpectedOn(e, evening, date));
            expect(expected || recorded.includes(clientId)).toBe(true);
          }
        },
      ),
    );
  });
});
