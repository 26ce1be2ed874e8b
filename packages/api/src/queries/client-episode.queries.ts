import type { Executor } from "@stepwise/db/client";
import { centerSettings, clients, enrollments, programs, scheduleOptions } from "@stepwise/db/schema";
import { episodeOf } from "@stepwise/domain";
import { desc, eq, sql } from "drizzle-orm";
import { enrollmentStarted } from "./enrollment-chronology.queries";
import { scheduleOptionColumns } from "./schedule-option-columns.queries";

/**
 * The client (by the id in the caller's scope, never from input) with every enrollment, its
 * program and schedule option, in one statement; the domain's episodeOf then chooses the
 * enrollment the client's pages are about (the episode) and any closed referral they should mention.
 * The center's address comes along, for a program that meets there.
 */
export async function findClientEpisode(db: Executor, clientId: string) {
  const rows = await db
    .select({
      client: { firstName: clients.firstName, preferredName: clients.preferredName },
      centerAddressLines: sql<string[]>`(select ${centerSettings.addressLines} from ${centerSettings})`,
      enrollment: {
        id: enrollments.id,
        status: enrollments.status,
        level: enrollments.level,
        startsOn: enrollments.startsOn,
        endsOn: enrollments.endsOn,
        referralClosedOn: enrollments.referralClosedOn,
        createdAt: enrollments.createdAt,
        intakeOn: enrollments.intakeOn,
        scheduleOptionId: enrollments.scheduleOptionId,
        dischargeReason: enrollments.dischargeReason,
        dischargePlan: enrollments.dischargePlan,
        started: enrollmentStarted(),
      },
      program: {
        name: programs.name,
        level: programs.level,
        track: programs.track,
        timeZone: programs.timeZone,
        minWeeklyMinutes: programs.minWeeklyMinutes,
        maxWeeklyMinutes: programs.maxWeeklyMinutes,
        expectedLengthWeeks: programs.expectedLengthWeeks,
        addressLines: programs.addressLines,
        parkingDirections: programs.parkingDirections,
        measurePolicy: programs.measurePolicy,
      },
      scheduleOption: scheduleOptionColumns,
    })
    .from(clients)
    .leftJoin(enrollments, eq(enrollments.clientId, clients.id))
    .leftJoin(programs, eq(programs.id, enrollments.programId))
    .leftJoin(scheduleOptions, eq(scheduleOptions.id, enrollments.scheduleOptionId))
    .where(eq(clients.id, clientId))
    .orderBy(desc(enrollments.startsOn), desc(enrollments.createdAt));
  const [first] = rows;
  if (!first) return null;
  const found = rows.flatMap(({ enrollment, program, scheduleOption }) =>
    enrollment && program ? [{ ...enrollment, program, scheduleOption }] : [],
  );
  return { client: first.client, center: { addressLines: first.centerAddressLines }, ...episodeOf(found) };
}

export type ClientEpisode = NonNullable<NonNullable<Awaited<ReturnType<typeof findClientEpisode>>>["episode"]>;
