/**
 * The read paths as the apps call them, in this process: a real signed-in caller, the tRPC
 * ladder (session check, transaction, audit), the handlers and the domain's rules, each paired
 * with the raw SQL for the same rows.
 */
import { createPortalCaller } from "@stepwise/api/portal";
import { createStaffCaller } from "@stepwise/api/staff";
import { signIn } from "@stepwise/auth";
import type { Database } from "@stepwise/db/client";
import type postgres from "postgres";
import { rawSql } from "./raw-sql";
import { signedInStaff } from "./second-factor";
import type { Subjects } from "./subjects";

export interface ReadPath {
  name: string;
  /** Heavier paths are sampled fewer times. */
  heavy?: boolean;
  run(): Promise<unknown>;
  raw(): Promise<unknown>;
}

async function signedIn(db: Database, email: string, password: string, app: "portal" | "staff") {
  const result = await signIn(db, { email, password, app, address: "127.0.0.1" });
  if (!result.ok) throw new Error(`The benchmark could not sign in as ${email} (${result.reason}); was the database seeded by pnpm seed:scale?`);
  return result.user;
}

/** Every read path the benchmark measures, for one database and its subjects. */
export async function readPaths(db: Database, sql: postgres.Sql, subjects: Subjects, password: string): Promise<ReadPath[]> {
  const portal = createPortalCaller({ db, caller: await signedIn(db, subjects.accounts.client, password, "portal") });
  const staff = createStaffCaller({ db, caller: await signedInStaff(db, sql, subjects.accounts.director, password) });
  const now = () => new Date();
  return [
    { name: "portal plan.mine", run: () => portal.plan.mine(), raw: () => rawSql.plan(sql, subjects, now()) },
    { name: "portal schedule.mine", run: () => portal.schedule.mine(), raw: () => rawSql.schedule(sql, subjects, now()) },
    { name: "portal hours.mine", run: () => portal.hours.mine(), raw: () => rawSql.hours(sql, subjects, now()) },
    { name: "staff roster.list", heavy: true, run: () => staff.roster.list(), raw: () => rawSql.roster(sql, subjects, now()) },
    {
      name: "staff roster.list by program",
      heavy: true,
      run: () => staff.roster.list({ programId: subjects.programId }),
      raw: () => rawSql.roster(sql, subjects, now(), true),
    },
    {
      name: "staff clients.detail (long history)",
      run: () => staff.clients.detail({ clientId: subjects.longHistoryClientId }),
      raw: () => rawSql.clientDetail(sql, subjects, now()),
    },
    {
      name: "staff attendance.roster",
      run: () => staff.attendance.roster({ sessionId: subjects.sessionId }),
      raw: () => rawSql.attendanceRoster(sql, subjects),
    },
    {
      name: "staff clients.list search",
      run: () => staff.clients.list({ query: subjects.searchName }),
      raw: () => rawSql.clientSearch(sql, subjects),
    },
  ];
}
