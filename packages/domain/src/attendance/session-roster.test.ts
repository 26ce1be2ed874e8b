import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectedOnOption } from "../enrollment/enrollment-history";
import { type RosterEnrollment, sessionRosterClientIds } from "./session-roster";

const evening = "option-evening";
const morning = "option-morning";
const date = "2026-03-11";

function enrollment(
  clientId: string,
  overrides: { scheduleOptionId?: string | null; startsOn?: string; endsOn?: string | null; heldOn?: string | undefined; placed?: boolean } = {},
): RosterEnrollment {
  const startsOn = overrides.startsOn ?? "2026-03-02";
  const placed = overrides.placed ?? true;
  return {
    clientId,
    startsOn,
    endsOn: overrides.endsOn ?? null,
    placements: placed
      ? [{ effectiveOn: startsOn, programId: "program", scheduleOptionId: overrides.scheduleOptionId === undefined ? evening : overrides.scheduleOptionId, level: "iop" }]
      : [],
    statusChanges: [
      { effectiveOn: startsOn, toStatus: placed ? "active" : "intake_scheduled" },
      ...(overrides.heldOn ? [{ effectiveOn: overrides.heldOn, toStatus: "on_hold" as const }] : []),
    ],
  };
}

describe("sessionRosterClientIds", () => {
  it("lists active clients of the group's schedule option on that date", () => {
    const roster = sessionRosterClientIds(
      { scheduleOptionId: evening, clientId: null, date },
      [
        enrollment("ana"),
        enrollment("ben", { scheduleOptionId: morning }),
        enrollment("cleo", { heldOn: "2026-03-09" }),
        enrollment("hal", { heldOn: "2026-03-12" }),
        enrollment("dev", { startsOn: "2026-03-12" }),
        enrollment("eli", { endsOn: "2026-03-11" }),
        enrollment("fay", { endsOn: "2026-03-12" }),
        enrollment("gus", { placed: false }),
      ],
      [],
    );
    // Fay's last day was the 11th (the end is exclusive); Eli's was the 10th. Hal's hold starts after.
    expect(roster).toEqual(["ana", "hal", "fay"]);
  });

  it("follows a step-down in the middle of the week: the old option's sessions before it, the new one's after", () => {
    const steppedDown: RosterEnrollment = {
      clientId: "ana",
      startsOn: "2026-03-02",
      endsOn: null,
      placements: [
        { effectiveOn: "2026-03-02", programId: "php", scheduleOptionId: morning, level: "php" },
        { effectiveOn: "2026-03-11", programId: "iop", scheduleOptionId: evening, level: "iop" },
      ],
      statusChanges: [{ effectiveOn: "2026-03-02", toStatus: "active" }],
    };
    const roster = (scheduleOptionId: string, on: string) => sessionRosterClientIds({ scheduleOptionId, clientId: null, date: on }, [steppedDown], []);
    expect(roster(morning, "2026-03-10")).toEqual(["ana"]);
    expect(roster(morning, "2026-03-11")).toEqual([]);
    expect(roster(evening, "2026-03-10")).toEqual([]);
    expect(roster(evening, "2026-03-11")).toEqual(["ana"]);
  });

  it("lists only its own client for an individual session", () => {
    expect(sessionRosterClientIds({ scheduleOptionId: null, clientId: "ben", date }, [enrollment("ana")], [])).toEqual(["ben"]);
  });

  it("keeps anyone already recorded, once", () => {
    const roster = sessionRosterClientIds(
      { scheduleOptionId: evening, clientId: null, date },
      [enrollment("ana"), enrollment("cleo", { heldOn: "2026-03-09" })],
      ["cleo", "ana"],
    );
    expect(roster).toEqual(["ana", "cleo"]);
  });

  it("property: every recorded client is on the roster, and nobody appears twice", () => {
    const id = fc.constantFrom<string>("a", "b", "c", "d", "e");
    fc.assert(
      fc.property(
        fc.array(
          fc
            .record({
              clientId: id,
              scheduleOptionId: fc.constantFrom(evening, morning, null),
              startsOn: fc.constantFrom("2026-03-01", "2026-03-11", "2026-03-20"),
              endsOn: fc.constantFrom(null, "2026-03-21", "2026-03-11", "2026-03-12"),
              heldOn: fc.constantFrom(undefined, "2026-03-05", "2026-03-11", "2026-03-12"),
              placed: fc.boolean(),
            })
            .map(({ clientId, endsOn, startsOn, ...rest }) =>
              enrollment(clientId, { ...rest, startsOn, endsOn: endsOn !== null && endsOn <= startsOn ? null : endsOn }),
            ),
        ),
        fc.array(id),
        (enrollments, recorded) => {
          const roster = sessionRosterClientIds({ scheduleOptionId: evening, clientId: null, date }, enrollments, recorded);
          expect(new Set(roster).size).toBe(roster.length);
          for (const clientId of recorded) expect(roster).toContain(clientId);
          for (const clientId of roster) {
            const expected = enrollments.some((e) => e.clientId === clientId && expectedOnOption(e, evening, date));
            expect(expected || recorded.includes(clientId)).toBe(true);
          }
        },
      ),
    );
  });
});
