import type { Executor } from "@stepwise/db/client";
import { enrollments, programs } from "@stepwise/db/schema";
import { eq } from "drizzle-orm";

/** The program an enrollment of this client is in, for its measure policy; null when it is not this client's. */
export async function findEnrollmentProgram(db: Executor, clientId: string, enrollmentId: string) {
  const [row] = await db
    .select({ track: programs.track, measurePolicy: programs.measurePolicy, timeZone: programs.timeZone, clientId: enrollments.clientId })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(eq(enrollments.id, enrollmentId));
  return row && row.clientId === clientId ? row : null;
}
