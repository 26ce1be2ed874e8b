import type { Executor } from "@stepwise/db/client";
import { clients, programSessions, programs, scheduleOptions, sessionTemplates, staffMembers, users } from "@stepwise/db/schema";
import { asc, eq, ne } from "drizzle-orm";

/** Staff who can facilitate a session, by name: everyone but the front desk. */
export function findFacilitators(db: Executor) {
  return db
    .select({ id: staffMembers.id, name: users.displayName, credentials: staffMembers.credentials, role: staffMembers.role })
    .from(staffMembers)
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(ne(staffMembers.role, "front_desk"))
    .orderBy(asc(users.displayName));
}

/** One dated session with its program, option and template, the row locked when `forUpdate`. */
export async function findSession(db: Executor, sessionId: string, forUpdate = false) {
  const query = db
    .select({
      session: programSessions,
      program: { id: programs.id, name: programs.name, timeZone: programs.timeZone },
      option: { id: scheduleOptions.id, name: scheduleOptions.name },
      template: { id: sessionTemplates.id, title: sessionTemplates.title },
      client: { firstName: clients.firstName, lastName: clients.lastName, preferredName: clients.preferredName },
    })
    .from(programSessions)
    .innerJoin(programs, eq(programs.id, programSessions.programId))
    .leftJoin(scheduleOptions, eq(scheduleOptions.id, programSessions.scheduleOptionId))
    .leftJoin(sessionTemplates, eq(sessionTemplates.id, programSessions.templateId))
    .leftJoin(clients, eq(clients.id, programSessions.clientId))
    .where(eq(programSessions.id, sessionId));
  const [row] = await (forUpdate ? query.for("update", { of: programSessions }) : query);
  return row ?? null;
}
