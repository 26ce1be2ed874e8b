import { type CareLevel, type IsoWeekday, type MeasurePolicy, type ProgramTrack, type ScheduleShift, type SessionKind, defaultMeasurePolicy } from "@stepwise/domain";
import { programs, scheduleOptions } from "../schema";
import { demoCenter, type SeedContext } from "./center";

export type ProgramKey = "adultIop" | "dualIop" | "php" | "outpatient";
export type OptionKey = "adultMorning" | "adultEvening" | "dualEvening" | "phpDay" | "outpatientWeekly";

interface OptionDefinition {
  key: OptionKey;
  shift: ScheduleShift;
  name: string;
  weekdays: IsoWeekday[];
  startTime: string;
  endTime: string;
}

interface ProgramDefinition {
  key: ProgramKey;
  slug: string;
  name: string;
  level: CareLevel;
  track: ProgramTrack;
  minWeeklyMinutes: number;
  maxWeeklyMinutes: number;
  expectedLengthWeeks: number;
  sessionKinds: SessionKind[];
  /** Null: at the center's own address. */
  addressLines: string[] | null;
  parkingDirections: string | null;
  /** Its own measurement policy; absent: the default for its track. */
  measurePolicy?: MeasurePolicy;
  options: OptionDefinition[];
}

/** The slug of the first program doubles as the "already seeded" marker. */
export const markerProgramSlug = "adult-mental-health-iop";

export const programDefinitions: readonly ProgramDefinition[] = [
  {
    key: "adultIop",
    slug: markerProgramSlug,
    name: "Adult Mental Health IOP",
    level: "iop",
    track: "general_mental_health",
    minWeeklyMinutes: 540,
    maxWeeklyMinutes: 900,
    expectedLengthWeeks: 8,
    sessionKinds: ["process_group", "skills_group", "psychoeducation", "individual", "family", "medication_management"],
    addressLines: null,
    parkingDirections: "Free parking behind the building; the entrance is on Pier Lane.",
    // Each weekly check-in stays open until the next one is due, so no client of this program
    // misses one for coming on other days than it was due.
    measurePolicy: { ...defaultMeasurePolicy("general_mental_health"), expiresAfterDays: 7 },
    options: [
      { key: "adultMorning", shift: "morning", name: "Morning track", weekdays: [1, 2, 4], startTime: "09:00", endTime: "12:00" },
      { key: "adultEvening", shift: "evening", name: "Evening track", weekdays: [1, 3, 4], startTime: "18:00", endTime: "21:00" },
    ],
  },
  {
    key: "dualIop",
    slug: "dual-diagnosis-iop",
    name: "Dual Diagnosis IOP",
    level: "iop",
    track: "co_occurring",
    minWeeklyMinutes: 540,
    maxWeeklyMinutes: 900,
    expectedLengthWeeks: 8,
    sessionKinds: ["process_group", "skills_group", "psychoeducation", "individual", "family", "medication_management"],
    addressLines: ["48 Wharf Road, 2nd floor", "Boston, MA 02109"],
    parkingDirections: "Street parking after 5 pm; ring the Harborview buzzer at the side door.",
    options: [
      { key: "dualEvening", shift: "evening", name: "Evening track", weekdays: [1, 2, 4], startTime: "17:30", endTime: "20:30" },
    ],
  },
  {
    key: "php",
    slug: "partial-hospitalization-program",
    name: "Partial Hospitalization Program",
    level: "php",
    track: "general_mental_health",
    minWeeklyMinutes: 1200,
    maxWeeklyMinutes: 1800,
    expectedLengthWeeks: 4,
    sessionKinds: ["process_group", "skills_group", "psychoeducation", "individual", "family", "medication_management", "case_management"],
    // Five hours a day, five days a week: 25 hours, inside the 20–30 hour band and the 09:00–15:30 window.
    addressLines: null,
    parkingDirections: "Free parking behind the building; the entrance is on Pier Lane.",
    options: [{ key: "phpDay", shift: "day", name: "Day program", weekdays: [1, 2, 3, 4, 5], startTime: "09:00", endTime: "14:00" }],
  },
  {
    // Where IOP clients step down to: one evening group a week, well under IOP's 9 hours.
    key: "outpatient",
    slug: "outpatient-continuing-care",
    name: "Outpatient Continuing Care",
    level: "outpatient",
    track: "general_mental_health",
    minWeeklyMinutes: 45,
    maxWeeklyMinutes: 180,
    expectedLengthWeeks: 12,
    sessionKinds: ["process_group", "skills_group", "individual", "medication_management"],
    addressLines: ["48 Wharf Road, 2nd floor", "Boston, MA 02109"],
    parkingDirections: "Street parking after 5 pm; ring the Harborview buzzer at the side door.",
    options: [
      { key: "outpatientWeekly", shift: "evening", name: "Tuesday evening group", weekdays: [2], startTime: "18:00", endTime: "19:30" },
    ],
  },
];

export interface SeededOption extends OptionDefinition {
  id: string;
  programId: string;
  programKey: ProgramKey;
}

export interface SeededPrograms {
  programIds: Record<ProgramKey, string>;
  /** The kinds each program offers: its session templates choose from these. */
  sessionKinds: Record<ProgramKey, readonly SessionKind[]>;
  options: Record<OptionKey, SeededOption>;
}

export async function seedPrograms({ tx }: SeedContext): Promise<SeededPrograms> {
  const programIds = {} as Record<ProgramKey, string>;
  const sessionKinds = {} as Record<ProgramKey, readonly SessionKind[]>;
  const options = {} as Record<OptionKey, SeededOption>;
  for (const { options: optionDefinitions, key, ...program } of programDefinitions) {
    const [row] = await tx
      .insert(programs)
      .values({ ...program, timeZone: demoCenter.timeZone })
      .returning({ id: programs.id });
    if (!row) throw new Error(`seed: program ${program.slug} was not inserted`);
    programIds[key] = row.id;
    sessionKinds[key] = program.sessionKinds;
    for (const option of optionDefinitions) {
      const { key: optionKey, ...columns } = option;
      const [optionRow] = await tx
        .insert(scheduleOptions)
        .values({ ...columns, programId: row.id })
        .returning({ id: scheduleOptions.id });
      if (!optionRow) throw new Error(`seed: schedule option ${option.name} was not inserted`);
      options[optionKey] = { ...option, id: optionRow.id, programId: row.id, programKey: key };
    }
  }
  return { programIds, sessionKinds, options };
}
