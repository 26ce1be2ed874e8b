import { createDatabase } from "@stepwise/db/client";
import postgres from "postgres";
import { findSubjects } from "./subjects";

/**
 * One measured database: the app's handle (logging every statement it sends, for the counts),
 * a plain postgres.js connection for the raw SQL, and the subjects the paths are about.
 */
export async function openBenchDatabase(url: string) {
  const log: string[] = [];
  const { db, close } = createDatabase(url, { max: 4, applicationName: "stepwise-bench", onQuery: (query) => log.push(query) });
  const sql = postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: "stepwise-bench-raw" } });
  try {
    // The benchmark is a script on purpose: it calls the board hundreds of times as one account,
    // which the per-account rate limits would refuse on a second run within the hour.
    await sql`delete from rate_limit_windows`;
    const subjects = await findSubjects(sql);
    const [size] = await sql`
      select (select count(*) from clients)::int as clients,
             (select count(*) from enrollments where status in ('active', 'on_hold'))::int as "inCare",
             (select count(*) from program_sessions)::int as sessions,
             (select count(*) from attendance)::int as attendance`;
    return {
      db,
      sql,
      log,
      subjects,
      size: size as { clients: number; inCare: number; sessions: number; attendance: number },
      close: async () => {
        await sql.end({ timeout: 5 });
        await close();
      },
    };
  } catch (error) {
    await sql.end({ timeout: 5 });
    await close();
    throw error;
  }
}

export type BenchDatabase = Awaited<ReturnType<typeof openBenchDatabase>>;
