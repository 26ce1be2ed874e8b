import { sql } from "drizzle-orm";
import type { Transaction } from "../client";
import { programs } from "../schema";
import { seedAttendance } from "./attendance";
import type { SeedContext } from "./center";
import { seedClients } from "./clients";
import { markerProgramSlug, seedPrograms } from "./programs";
import { seedGroupSessions, seedIndividualSessions } from "./sessions";
import { seedStaff } from "./staff";

export interface CenterCounts {
  clients: number;
  groupSessions: number;
  individualSessions: number;
  attendance: number;
}

/** Whether the center's part of the demo is there: its first program doubles as the marker. */
export async function centerSeeded(tx: Transaction): Promise<boolean> {
  const existing = await tx.select({ id: programs.id }).from(programs).where(sql`${programs.slug} = ${markerProgramSlug}`);
  return existing.length > 0;
}

/** Programs, staff, clients with their histories, sessions and attendance. */
export async function seedCenter(context: SeedContext): Promise<CenterCounts> {
  const seededPrograms = await seedPrograms(context);
  const staff = await seedStaff(context);
  const clients = await seedClients(context, seededPrograms, staff);
  const groupSessions = await seedGroupSessions(context, seededPrograms, staff);
  const individualSessions = await seedIndividualSessions(context, clients, staff);
  const attendanceRows = await seedAttendance(context, clients, [...groupSessions, ...individualSessions], staff);
  return {
    clients: clients.length,
    groupSessions: groupSessions.length,
    individualSessions: individualSessions.length,
    attendance: attendanceRows,
  };
}
