import { type CalendarDate, addDays } from "../time/calendar-date";
import type { CareLevel } from "./care-level";

export interface ReviewSchedule {
  level: CareLevel;
  admittedOn: CalendarDate;
  /** Date of the latest recertification in this enrollment, if any. */
  lastReviewOn?: CalendarDate | null;
}

/** Medicare recertification cadence (42 CFR 424.24(e)); outpatient has none. */
export const recertificationRules = {
  php: { firstByDay: 18, thenEveryDays: 30 },
  iop: { firstByDay: null, thenEveryDays: 60 },
  outpatient: null,
} as const;

/**
 * The latest date the next recertification may happen, or null when the level needs none.
 * Day 1 is the admission day, as 424.24 counts "the 18th day of partial hospitalization
 * services": admitted 2026-03-02, the first PHP review is due 2026-03-19. A review dated
 * before admission belongs to an earlier enrollment and is ignored.
 */
export function nextReviewDue(schedule: ReviewSchedule): CalendarDate | null {
  const lastReview =
    schedule.lastReviewOn && schedule.lastReviewOn >= schedule.admittedOn ? schedule.lastReviewOn : null;
  switch (schedule.level) {
    case "outpatient":
      return null;
    case "php": {
      const rule = recertificationRules.php;
      return lastReview ? addDays(lastReview, rule.thenEveryDays) : addDays(schedule.admittedOn, rule.firstByDay - 1);
    }
    case "iop": {
      const rule = recertificationRules.iop;
      return addDays(lastReview ?? schedule.admittedOn, rule.thenEveryDays);
    }
  }
}
