import { randomUUID } from "node:crypto";
import type { Database } from "../client";
import { clients, programs, staffMembers, users } from "../schema";
import { ownerOf } from "./index";

/**
 * Minimal rows for constraint tests. Each call makes new rows with unique keys, so tests in one
 * database never collide. Written as the owner (see ownerOf): the app may not make staff accounts.
 */
export async function insertProgram(db: Database, overrides: Partial<typeof programs.$inferInsert> = {}) {
  const [program] = await ownerOf(db)
    .insert(programs)
    .values({
      slug: `program-${randomUUID()}`,
      name: "Test IOP",
      level: "iop",
      track: "general_mental_health",
      minWeeklyMinutes: 540,
      maxWeeklyMinutes: 900,
      expectedLengthWeeks: 8,
      sessionKinds: ["process_group", "skills_group", "psychoeducation", "individual", "family", "medication_management"],
      ...overrides,
    })
    .returning();
  if (!program) throw new Error("insertProgram returned no row");
  return program;
}

export async function insertClient(db: Database, overrides: Partial<typeof clients.$inferInsert> = {}) {
  const [client] = await ownerOf(db)
    .insert(clients)
    .values({ firstName: "Test", lastName: `Client ${randomUUID().slice(0, 8)}`, dateOfBirth: "1990-01-01", ...overrides })
    .returning();
  if (!client) throw new Error("insertClient returned no row");
  return client;
}

export async function insertStaffMember(database: Database, role: typeof staffMembers.$inferInsert.role = "clinician") {
  const db = ownerOf(database);
  const [user] = await db
    .insert(users)
    .values({ email: `staff-${randomUUID()}@example.test`, passwordHash: "not-a-real-hash", kind: "staff", displayName: "Test Staff" })
    .returning();
  if (!user) throw new Error("insertStaffMember returned no user");
  const [member] = await db.insert(staffMembers).values({ userId: user.id, role }).returning();
  if (!member) throw new Error("insertStaffMember returned no staff member");
  return member;
}
