import { type AttendanceStatus, daysBetween, mondayOf } from "@stepwise/domain";
import { attendance } from "../schema";
import type { SeedContext } from "./center";
import type { SeededClient } from "./clients";
import type { SeededSession } from "./sessions";
import type { SeededStaff } from "./staff";

interface Mark {
  status: AttendanceStatus;
  minutesAttended: number;
}

const present = (session: SeededSession): Mark => ({ status: "present", minutesAttended: session.minutes });
const absent: Mark = { status: "absent", minutesAttended: 0 };

/** Attendance for every session that has ended, shaped by each client's profile (see roster.ts). */
export async function seedAttendance(
  context: SeedContext,
  clients: SeededClient[],
  sessions: SeededSession[],
  staff: SeededStaff,
): Promise<number> {
  const rows: (typeof attendance.$inferInsert)[] = [];
  for (const client of clients) {
    const attended = expectedSessions(client, sessions, context.now);
    const marks = marksFor(context, client, attended);
    attended.forEach((session, index) => {
      const mark = marks[index] ?? present(session);
      rows.push({
        sessionId: session.id,
        clientId: client.clientId,
        ...mark,
        recordedByStaffId: session.option === null ? staff[client.entry.therapist] : staff.greene,
        recordedAt: session.endsAt,
      });
    });
  }
  // Batches keep each statement well under PostgreSQL's parameter limit.
  for (let start = 0; start < rows.length; start += 500) {
    await context.tx.insert(attendance).values(rows.slice(start, start + 500));
  }
  return rows.length;
}

/** Sessions the client was expected at and that are over, oldest first. */
function expectedSessions(client: SeededClient, sessions: SeededSession[], now: Date): SeededSession[] {
  return sessions
    .filter((session) => session.endsAt <= now)
    .filter((session) =>
      session.option === null
        ? session.clientId === client.clientId
        : client.phases.some(
            (phase) => phase.option === session.option && phase.from <= session.date && (phase.until === null || session.date < phase.until),
          ),
    )
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

function marksFor(context: SeedContext, client: SeededClient, attended: SeededSession[]): Mark[] {
  const { random, thisMonday } = context;
  const weekOf = (session: SeededSession) => daysBetween(thisMonday, mondayOf(session.date)) / 7;
  const isPhp = (session: SeededSession) => session.option === "phpDay";
  const missedThisWeek = new Map<number, number>();

  const marks = attended.map((session): Mark => {
    const week = weekOf(session);
    const profile = client.entry.profile;
    if (session.option !== null && (profile === "underFloorTwoWeeks" || profile === "underFloorLastWeek")) {
      const shortWeek = week === -1 || (profile === "underFloorTwoWeeks" && week === -2);
      if (shortWeek) {
        // One missed group (two in PHP, where a day is a fifth of the week) and one early exit: under the floor.
        const missed = missedThisWeek.get(week) ?? 0;
        missedThisWeek.set(week, missed + 1);
        if (missed < (isPhp(session) ? 2 : 1)) return absent;
        if (missed === (isPhp(session) ? 2 : 1)) {
          return { status: "left_early", minutesAttended: session.minutes - random.int(60, 90) };
        }
        return present(session);
      }
    }
    // The last two full weeks stay clean for everyone else, so the flags point at the right people.
    if (week === -1 || week === -2 || session.option === null) return present(session);
    return everydayVariation(context, session);
  });

  if (client.entry.profile === "absentStreak") {
    // The most recent group sessions missed in a row: outreach is due.
    const groupIndexes = attended.flatMap((session, index) => (session.option === null ? [] : [index]));
    for (const index of groupIndexes.slice(-3)) marks[index] = absent;
  }
  return marks;
}

function everydayVariation({ random }: SeedContext, session: SeededSession): Mark {
  const roll = random.next();
  if (roll < 0.06) return { status: "late", minutesAttended: session.minutes - random.int(10, 30) };
  if (roll < 0.09) return { status: "left_early", minutesAttended: session.minutes - random.int(30, 60) };
  if (roll < 0.12) return { status: "excused", minutesAttended: 0 };
  return present(session);
}
