import type { CareLevel } from "./care-level";
import type { IntRange } from "../common/range";

/** What the portal tells a client about a level, in plain words. */
export interface CareLevelDescription {
  whatItIs: string;
  bestFor: string;
  supportLevel: string;
  schedule: string;
  livingArrangement: string;
}

export interface CareLevelDefinition {
  level: CareLevel;
  label: string;
  shortLabel: string;
  /** The center's usual program at this level; a program policy may narrow or move it. */
  defaultWeeklyMinutes: IntRange;
  defaultDaysPerWeek: IntRange;
  defaultSessionDayMinutes: IntRange;
  /** Fewest weekly minutes a plan of care may hold and still be this level; null when none. */
  regulatoryFloorWeeklyMinutes: number | null;
  /** Most weekly minutes the level allows by definition; null when the level has no ceiling. */
  regulatoryCeilingWeeklyMinutes: number | null;
  description: CareLevelDescription;
  sources: readonly string[];
}

/** Weekly minutes at which IOP starts: 9 hours (42 CFR 410.44; ASAM level 2.1). */
export const iopFloorWeeklyMinutes = 9 * 60;
/** Weekly minutes at which PHP starts: 20 hours (42 CFR 410.43(c)(1); ASAM level 2.5). */
export const phpFloorWeeklyMinutes = 20 * 60;

// Sources:
// - The center's article (shared/reference/iop-program-article.txt): IOP 9–15 h/week, 3–5 days,
//   ~3–4 h a session, morning or evening; PHP 20–30 h/week, full-time; both live at home;
//   "moderate support" vs "higher support, close to inpatient"; after IOP, outpatient therapy
//   weekly or biweekly.
// - 42 CFR 410.44 (Medicare IOP: at least 9 h/week in the plan of care; CMS describes 9 to 19).
// - 42 CFR 410.43(c)(1) (Medicare PHP: at least 20 h/week).
// - ASAM Criteria: level 1 under 9 h/week (adults), 2.1 IOP 9+, 2.5 PHP 20+.
export const careLevelDefinitions: Readonly<Record<CareLevel, CareLevelDefinition>> = {
  outpatient: {
    level: "outpatient",
    label: "Outpatient (OP)",
    shortLabel: "OP",
    defaultWeeklyMinutes: { min: 0, max: iopFloorWeeklyMinutes - 1 },
    defaultDaysPerWeek: { min: 1, max: 1 },
    defaultSessionDayMinutes: { min: 45, max: 90 },
    regulatoryFloorWeeklyMinutes: null,
    // "Under 9 hours": at 9 hours a week the plan is intensive outpatient.
    regulatoryCeilingWeeklyMinutes: iopFloorWeeklyMinutes - 1,
    description: {
      whatItIs: "Regular appointments with a therapist to keep working on your goals.",
      bestFor: "People who are stable and ready for less structure, often after IOP.",
      supportLevel: "Ongoing support",
      schedule: "About an hour, weekly or every other week",
      livingArrangement: "Live at home",
    },
    sources: ["iop-program-article", "ASAM level 1"],
  },
  iop: {
    level: "iop",
    label: "Intensive Outpatient (IOP)",
    shortLabel: "IOP",
    defaultWeeklyMinutes: { min: 9 * 60, max: 15 * 60 },
    defaultDaysPerWeek: { min: 3, max: 5 },
    defaultSessionDayMinutes: { min: 3 * 60, max: 4 * 60 },
    regulatoryFloorWeeklyMinutes: iopFloorWeeklyMinutes,
    // Not a regulation: at 20 hours a week the plan is partial hospitalization (CMS: IOP 9 to 19).
    regulatoryCeilingWeeklyMinutes: phpFloorWeeklyMinutes - 1,
    description: {
      whatItIs:
        "A structured program of group and individual therapy several days a week, while you keep living at home.",
      bestFor: "Mild to moderate symptoms, when you are stable enough to manage daily life.",
      supportLevel: "Moderate support",
      schedule: "Part-time: 3 to 5 days a week, about 3 to 4 hours a day, mornings or evenings",
      livingArrangement: "Live at home",
    },
    sources: ["iop-program-article", "42 CFR 410.44", "ASAM level 2.1"],
  },
  php: {
    level: "php",
    label: "Partial Hospitalization (PHP)",
    shortLabel: "PHP",
    defaultWeeklyMinutes: { min: 20 * 60, max: 30 * 60 },
    defaultDaysPerWeek: { min: 5, max: 5 },
    defaultSessionDayMinutes: { min: 4 * 60, max: 6 * 60 },
    regulatoryFloorWeeklyMinutes: phpFloorWeeklyMinutes,
    regulatoryCeilingWeeklyMinutes: null,
    description: {
      whatItIs: "A full-day treatment program most days of the week, while you keep living at home.",
      bestFor:
        "Moderate to severe symptoms, often right after a hospital stay or during a mental health crisis.",
      supportLevel: "Higher support, close to inpatient",
      schedule: "Full-time: usually 5 days a week, most of the day",
      livingArrangement: "Live at home",
    },
    sources: ["iop-program-article", "42 CFR 410.43(c)(1)", "ASAM level 2.5"],
  },
};

/**
 * The weekly minutes a level may hold by definition: from its floor (or 0) to its ceiling
 * (or a whole week). A program's band must fit inside.
 */
export function weeklyMinutesBoundsOf(level: CareLevel): IntRange {
  const definition = careLevelDefinitions[level];
  return {
    min: definition.regulatoryFloorWeeklyMinutes ?? 0,
    max: definition.regulatoryCeilingWeeklyMinutes ?? 7 * 24 * 60,
  };
}

/** Whether a level is held to a weekly band: IOP and PHP are; outpatient care is by appointment. */
export function levelHasWeeklyBand(level: CareLevel): boolean {
  return careLevelDefinitions[level].regulatoryFloorWeeklyMinutes !== null;
}
