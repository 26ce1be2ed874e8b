import { addDays, type CalendarDate, isoWeekdayOf, type SessionKind, zonedWallClockToInstant } from "@stepwise/domain";
import { programSessions } from "../schema";
import { demoCenter, type SeedContext } from "./center";
import type { SeededClient } from "./clients";
import type { OptionKey, SeededPrograms } from "./programs";
import type { SeededStaff, StaffKey } from "./staff";

/** Four past weeks for attendance history, the current week, and two weeks ahead. */
const firstWeekOffset = -4;
const lastWeekOffset = 2;

export interface SeededSession {
  id: string;
  /** Group sessions belong to an option; individual sessions to one client. */
  option: OptionKey | null;
  clientId: string | null;
  date: CalendarDate;
  startsAt: Date;
  endsAt: Date;
  minutes: number;
}

const facilitatorOf: Record<OptionKey, StaffKey> = {
  adultMorning: "ortiz",
  adultEvening: "bell",
  dualEvening: "whitaker",
  phpDay: "bell",
  outpatientWeekly: "ortiz",
};

// Group content rotates through the week, as on a real program timetable.
const groupContent: readonly { kind: SessionKind; title: string }[] = [
  { kind: "process_group", title: "Process group" },
  { kind: "skills_group", title: "DBT skills: distress tolerance" },
  { kind: "psychoeducation", title: "Understanding anxiety and depression" },
  { kind: "skills_group", title: "CBT skills: thinking traps" },
  { kind: "process_group", title: "Relapse prevention and coping plans" },
];

const rooms: Record<OptionKey, string> = {
  adultMorning: "Group room A",
  adultEvening: "Group room A",
  dualEvening: "Group room B",
  phpDay: "Day program suite",
  outpatientWeekly: "Group room B",
};

function instant(date: CalendarDate, time: string): Date {
  // Wall clock in the center's zone: an evening group stays 6 pm across DST changes.
  return zonedWallClockToInstant(date, time, demoCenter.timeZone);
}

function minutesBetween(startsAt: Date, endsAt: Date): number {
  return Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);
}

export async function seedGroupSessions(context: SeedContext, programs: SeededPrograms, staff: SeededStaff): Promise<SeededSession[]> {
  const rows: (typeof programSessions.$inferInsert & { option: OptionKey; date: CalendarDate })[] = [];
  const firstDay = addDays(context.thisMonday, firstWeekOffset * 7);
  const dayCount = (lastWeekOffset - firstWeekOffset + 1) * 7;
  for (const option of Object.values(programs.options)) {
    for (let day = 0; day < dayCount; day++) {
      const date = addDays(firstDay, day);
      if (!option.weekdays.includes(isoWeekdayOf(date))) continue;
      const content = groupContent[day % groupContent.length] ?? groupContent[0]!;
      rows.push({
        option: option.key,
        date,
        programId: option.programId,
        scheduleOptionId: option.id,
        kind: content.kind,
        title: content.title,
        startsAt: instant(date, option.startTime),
        endsAt: instant(date, option.endTime),
        facilitatorStaffId: staff[facilitatorOf[option.key]],
        location: rooms[option.key],
        capacity: 12,
      });
    }
  }
  return insertSessions(context, rows);
}

/**
 * Weekly individual therapy with the primary therapist, on a day without group: Friday early
 * afternoon for IOP clients, Wednesday after the day program for PHP clients.
 */
export async function seedIndividualSessions(context: SeedContext, clients: SeededClient[], staff: SeededStaff): Promise<SeededSession[]> {
  const rows: (typeof programSessions.$inferInsert & { option: null; date: CalendarDate })[] = [];
  for (const client of clients) {
    if (!client.entry.individualTherapy) continue;
    const currentPhase = client.phases[client.phases.length - 1];
    if (!currentPhase) continue;
    const isPhp = currentPhase.option === "phpDay";
    for (let week = firstWeekOffset; week <= lastWeekOffset; week++) {
      const date = addDays(context.thisMonday, week * 7 + (isPhp ? 2 : 4));
      const inEnrollment = client.phases.some((phase) => phase.from <= date && (phase.until === null || date < phase.until));
      if (!inEnrollment) continue;
      const [start, end] = isPhp ? ["14:15", "15:05"] : ["13:00", "13:50"];
      rows.push({
        option: null,
        date,
        programId: client.programId,
        clientId: client.clientId,
        kind: "individual",
        title: "Individual therapy",
        startsAt: instant(date, start),
        endsAt: instant(date, end),
        facilitatorStaffId: staff[client.entry.therapist],
        location: "Therapy office 2",
      });
    }
  }
  return insertSessions(context, rows);
}

async function insertSessions(
  { tx }: SeedContext,
  rows: (typeof programSessions.$inferInsert & { option: OptionKey | null; date: CalendarDate })[],
): Promise<SeededSession[]> {
  if (rows.length === 0) return [];
  const inserted = await tx
    .insert(programSessions)
    .values(rows.map(({ option: _option, date: _date, ...columns }) => columns))
    .returning({ id: programSessions.id });
  return inserted.map(({ id }, index) => {
    const row = rows[index]!;
    return {
      id,
      option: row.option,
      clientId: row.clientId ?? null,
      date: row.date,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      minutes: minutesBetween(row.startsAt, row.endsAt),
    };
  });
}
