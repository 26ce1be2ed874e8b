import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../time/calendar-date";
import { enrollmentStatuses } from "./enrollment-status";
import { clientStandingOf } from "../clients/client-search";
import { type EpisodeCandidate, clientEnrollmentOf, happenedAfter, episodeOf } from "./episode";

type Row = EpisodeCandidate & { id: string };

let recorded = 0;
/** Rows are recorded in the order they are written; a closed referral closes on its planned start unless told otherwise. */
const row = (id: string, startsOn: string, status: Row["status"], started: boolean, referralClosedOn: string | null = null): Row => ({
  id,
  startsOn,
  status,
  started,
  dischargeReason: status === "discharged" ? (started ? "completed" : "administrative") : null,
  referralClosedOn: status === "discharged" && !started ? (referralClosedOn ?? startsOn) : null,
  createdAt: new Date(Date.UTC(2025, 0, 1) + ++recorded * 1000),
});

const ids = (choice: ReturnType<typeof episodeOf<Row>>) => ({
  episode: choice.episode?.id ?? null,
  closedReferral: choice.closedReferral?.id ?? null,
  alumnus: choice.alumnus,
});

describe("episodeOf", () => {
  it("chooses nothing for a client with no enrollment", () => {
    expect(ids(episodeOf<Row>([]))).toEqual({ episode: null, closedReferral: null, alumnus: false });
  });

  it("shows the open enrollment, started or not, over any earlier episode or closed referral", () => {
    const past = row("past", "2026-01-05", "discharged", true);
    const closed = row("closed", "2026-04-06", "discharged", false);
    expect(ids(episodeOf([past, closed, row("open", "2026-06-01", "active", true)]))).toEqual({
      episode: "open",
      closedReferral: null,
      alumnus: false,
    });
    expect(ids(episodeOf([row("referred", "2026-06-01", "referred", false), past]))).toMatchObject({ episode: "referred", closedReferral: null });
  });

  it("a referral that never started and was closed is not an episode: only its next step remains", () => {
    expect(ids(episodeOf([row("closed", "2026-04-06", "discharged", false)]))).toEqual({
      episode: null,
      closedReferral: "closed",
      alumnus: false,
    });
  });

  it("a graduate whose later referral closed keeps their episode, and hears that the referral is closed", () => {
    const graduate = row("graduate", "2026-01-05", "discharged", true);
    const later = row("later", "2026-05-04", "discharged", false);
    expect(ids(episodeOf([later, graduate]))).toEqual({ episode: "graduate", closedReferral: "later", alumnus: true });
  });

  it("a closed referral before an episode that ran says nothing", () => {
    const closed = row("closed", "2026-01-05", "discharged", false);
    const graduate = row("graduate", "2026-03-02", "discharged", true);
    expect(ids(episodeOf([graduate, closed]))).toEqual({ episode: "graduate", closedReferral: null, alumnus: true });
  });

  it("of several episodes and closed referrals, takes the latest of each", () => {
    const rows = [
      row("first", "2025-01-06", "discharged", true),
      row("second", "2025-09-01", "discharged", true),
      row("closed-early", "2025-10-06", "discharged", false),
      row("closed-late", "2026-02-02", "discharged", false),
    ];
    expect(ids(episodeOf(rows))).toEqual({ episode: "second", closedReferral: "closed-late", alumnus: true });
  });

  it("ranks a closed referral by the day it closed, not its planned start", () => {
    // Planned for Mar 20, closed Mar 1; re-referred, activated Mar 3 and completed.
    const closed = row("closed", "2026-03-20", "discharged", false, "2026-03-01");
    const graduate = row("graduate", "2026-03-03", "discharged", true);
    expect(ids(episodeOf([closed, graduate]))).toEqual({ episode: "graduate", closedReferral: null, alumnus: true });
    expect(clientEnrollmentOf([closed, graduate])?.id).toBe("graduate");
    // Closed after the episode began: it is the latest news, whatever its planned start.
    const closedLater = row("closed-later", "2026-02-02", "discharged", false, "2026-05-04");
    expect(ids(episodeOf([graduate, closedLater]))).toEqual({ episode: "graduate", closedReferral: "closed-later", alumnus: true });
  });

  it("of two on the same day, the one recorded later happened later", () => {
    const first = row("first", "2026-03-03", "discharged", false, "2026-03-03");
    const second = row("second", "2026-03-03", "discharged", true);
    expect(happenedAfter(second, first)).toBe(true);
    expect(ids(episodeOf([second, first]))).toMatchObject({ episode: "second", closedReferral: null });
    const third = row("third", "2026-04-06", "discharged", false, "2026-03-03");
    expect(ids(episodeOf([third, second]))).toMatchObject({ episode: "second", closedReferral: "third" });
  });

  it("the client is about the open enrollment, else the latest episode, else the latest closed referral; alumni exactly when isAlumnus", () => {
    const graduate = row("graduate", "2026-01-05", "discharged", true);
    const closed = row("closed", "2026-05-04", "discharged", false, "2026-04-20");
    const chosen = clientEnrollmentOf([closed, graduate]);
    expect(chosen?.id).toBe("graduate");
    expect(clientStandingOf(chosen)).toBe("alumni");
    expect(clientEnrollmentOf([closed])?.id).toBe("closed");
    expect(clientEnrollmentOf([])).toBeNull();
    const open = row("open", "2026-06-01", "referred", false);
    expect(clientEnrollmentOf([graduate, closed, open])?.id).toBe("open");
  });

  it("always shows an episode that started when there is one, never a closed referral in its place", () => {
    const arbitraryRow = fc.record({
      offset: fc.integer({ min: 0, max: 400 }),
      closedOffset: fc.integer({ min: 0, max: 400 }),
      status: fc.constantFrom(...enrollmentStatuses),
      started: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 6 }), (specs) => {
        const rows = specs.map((spec, index) =>
          row(String(index), addDays("2025-01-06", spec.offset), spec.status, spec.started, addDays("2025-01-06", spec.closedOffset)),
        );
        const { episode, closedReferral } = episodeOf(rows);
        const open = rows.filter((r) => r.status !== "discharged");
        const ran = rows.filter((r) => r.status === "discharged" && r.started);
        if (open.length > 0) expect(open).toContain(episode);
        else if (ran.length > 0) {
          expect(episode?.started).toBe(true);
          expect(ran.every((r) => r.startsOn <= episode!.startsOn)).toBe(true);
        } else expect(episode).toBeNull();
        if (closedReferral) {
          expect(open).toEqual([]);
          expect(closedReferral.started).toBe(false);
          expect(ran.every((r) => happenedAfter(closedReferral, r))).toBe(true);
        }
        // The enrollment the client is about is alumni exactly when the client is an alumnus.
        const about = clientEnrollmentOf(rows);
        expect(clientStandingOf(about) === "alumni").toBe(episodeOf(rows).alumnus);
      }),
    );
  });
});
