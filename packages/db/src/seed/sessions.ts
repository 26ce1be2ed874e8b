import { addDays, type CalendarDate, type SessionKind, zonedWallClockToInstant } from "@stepwise/domain";
import { programSessions, sessionTemplates } from "../schema";
import { sessionsOfTemplate } from "../session-generation";
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

// Each weekday of a schedule option has its own group, as on a real program timetable: the
// first meeting day of the week is process group, the next a skills group, and so on.
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

/**
 * One session template per weekday of each schedule option, running since the first seeded
 * week, and its dated sessions through the last one: the same generation the staff app uses.
 */
export async function seedGroupSessions(context: SeedContext, programs: SeededPrograms, staff: SeededStaff): Promise<SeededSession[]> {
  const rows: (typeof programSessions.$inferInsert & { option: OptionKey; date: CalendarDate })[] = [];
  const firstDay = addDays(context.thisMonday, firstWeekOffset * 7);
  const lastDay = addDays(context.thisMonday, lastWeekOffset * 7 + 6);
  for (const option of Object.values(programs.options)) {
    const offered = groupContent.filter((content) => programs.sessionKinds[option.programKey].includes(content.kind));
    for (const [index, weekday] of option.weekdays.entries()) {
      const content = offered[index % offered.length]!;
      const [template] = await context.tx
        .insert(sessionTemplates)
        .values({
          programId: option.programId,
          scheduleOptionId: option.id,
          kind: content.kind,
          title: content.title,
          weekdays: [weekday],
          startTime: option.startTime,
          endTime: option.endTime,
          facilitatorStaffId: staff[facilitatorOf[option.key]],
          location: rooms[option.key],
          capacity: 12,
          startsOn: firstDay,
        })
        .returning();
      if (!template) throw new Error(`seed: session template for ${option.name} was not inserted`);
      for (const session of sessionsOfTemplate(template, demoCenter.timeZone, firstDay, lastDay)) {
        rows.push({ ...session, option: option.key, date: session.occursOn });
      }
    }
  }
  rows.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.option.localeCompare(b.option));
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
