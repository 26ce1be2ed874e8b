import { describe, expect, it } from "vitest";
import { planTemplateChange } from "./template-change";

const newYork = "America/New_York";
const sessions = [
  { id: "mon-before-dst", occursOn: "2026-03-02" },
  { id: "tue-1", occursOn: "2026-03-03" },
  { id: "fri", occursOn: "2026-03-06" },
  { id: "mon-after-dst", occursOn: "2026-03-09" },
  { id: "tue-2", occursOn: "2026-03-10" },
];

describe("planTemplateChange", () => {
  const plan = planTemplateChange(sessions, { weekdays: [1, 3], startTime: "18:00", endTime: "20:00" }, newYork);

  it("moves a session on a day the group still meets to the new hours, in the program's zone across a change of clocks", () => {
    expect(plan.follow).toEqual([
      { id: "mon-before-dst", startsAt: new Date("2026-03-02T23:00:00Z"), endsAt: new Date("2026-03-03T01:00:00Z") },
      { id: "mon-after-dst", startsAt: new Date("2026-03-09T22:00:00Z"), endsAt: new Date("2026-03-10T00:00:00Z") },
    ]);
  });

  it("drops the sessions on days it no longer meets, grouped by weekday in the order first met, saying why", () => {
    expect(plan.drop).toEqual([
      { weekday: 2, sessionIds: ["tue-1", "tue-2"], reason: "The group no longer meets on Tuesdays." },
      { weekday: 5, sessionIds: ["fri"], reason: "The group no longer meets on Fridays." },
    ]);
  });

  it("follows or drops every session exactly once", () => {
    const ids = [...plan.follow.map((session) => session.id), ...plan.drop.flatMap((day) => day.sessionIds)];
    expect(ids.sort()).toEqual(sessions.map((session) => session.id).sort());
  });

  it("has nothing to do without sessions", () => {
    expect(planTemplateChange([], { weekdays: [1], startTime: "09:00", endTime: "10:00" }, newYork)).toEqual({ follow: [], drop: [] });
  });
});
