import type { Executor } from "@stepwise/db/client";
import { programs } from "@stepwise/db/schema";
import { eq } from "drizzle-orm";

/** A program by id, whatever its state; null when there is none. */
export async function findProgram(db: Executor, programId: string) {
  const [program] = await db.select().from(programs).where(eq(programs.id, programId));
  return program ?? null;
}

export type ProgramRow = NonNullable<Awaited<ReturnType<typeof findProgram>>>;
