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
  /**
   * The same raw SQL inside the envelope every request of the stack pays for its privacy: a
   * transaction that ends with the request's audit row. What a path costs beyond this is the
   * price of the code, not of the rule that every read is audited.
   */
  rawAudited(): Promise<unknown>;
}

interface AuditRow {
  actor: { userId: string; kind: "client" | "staff" };
  action: string;
  clientIds: string[];
}

/** A path with its raw SQL on a connection of the caller's choosing (the pool, or a transaction). */
type PathOn = Omit<ReadPath, "raw" | "rawAudited"> & { audit: AuditRow; rawOn(sql: postgres.Sql): Promise<unknown> };

/** The raw SQL in a transaction that ends with the request's one audit row, as the ladder writes it (core/trpc.ts). */
function audited(sql: postgres.Sql, { actor, action, clientIds }: AuditRow, raw: (sql: postgres.Sql) => Promise<unknown>) {
  return sql.begin(async (tx) => {
    await raw(tx as unknown as postgres.Sql);
    await tx`
      insert into audit_events (actor_user_id, actor_kind, action, outcome, subject_client_ids, resource_type)
        values (${actor.userId}, ${actor.kind}, ${action}, 'allowed', ${clientIds}::uuid[], 'bench')`;
  });
}

async function signedIn(db: Database, email: string, password: string, app: "portal" | "staff") {
  const result = await signIn(db, { email, password, app, address: "127.0.0.1" });
  if (!result.ok) throw new Error(`The benchmark could not sign in as ${email} (${result.reason}); was the database seeded by pnpm seed:scale?`);
  return result.user;
}

/** Every read path the benchmark measures, for one database and its subjects. */
export async function readPaths(db: Database, sql: postgres.Sql, subjects: Subjects, password: string): Promise<ReadPath[]> {
  const client = await signedIn(db, subjects.accounts.client, password, "portal");
  const director = await signedInStaff(db, sql, subjects.accounts.director, password);
  const portal = createPortalCaller({ db, caller: client });
  const staff = createStaffCaller({ db, caller: director });
  const now = () => new Date();
  // The audit row each path's request writes: who asked, the procedure, and whom it showed.
  const asClient = (action: string): AuditRow => ({ actor: { userId: client.userId, kind: "client" }, action, clientIds: [subjects.clientId] });
  const asDirector = (action: string, clientIds: string[] = []): AuditRow => ({ actor: { userId: director.userId, kind: "staff" }, action, clientIds });
  const paths: PathOn[] = [
    { name: "portal plan.mine", run: () => portal.plan.mine(), audit: asClient("plan.mine"), rawOn: (on) => rawSql.plan(on, subjects, now()) },
    { name: "portal schedule.mine", run: () => portal.schedule.mine(), audit: asClient("schedule.mine"), rawOn: (on) => rawSql.schedule(on, subjects, now()) },
    { name: "portal hours.mine", run: () => portal.hours.mine(), audit: asClient("hours.mine"), rawOn: (on) => rawSql.hours(on, subjects, now()) },
    { name: "staff roster.list", heavy: true, run: () => staff.roster.list(), audit: asDirector("roster.list"), rawOn: (on) => rawSql.roster(on, subjects, now()) },
    {
      name: "staff roster.list by program",
      heavy: true,
      run: () => staff.roster.list({ programId: subjects.programId }),
      audit: asDirector("roster.list"),
      rawOn: (on) => rawSql.roster(on, subjects, now(), true),
    },
    {
      name: "staff clients.detail (long history)",
      run: () => staff.clients.detail({ clientId: subjects.longHistoryClientId }),
      audit: asDirector("clients.detail", [subjects.longHistoryClientId]),
      rawOn: (on) => rawSql.clientDetail(on, subjects, now()),
    },
    {
      name: "staff attendance.roster",
      run: () => staff.attendance.roster({ sessionId: subjects.sessionId }),
      audit: asDirector("attendance.roster"),
      rawOn: (on) => rawSql.attendanceRoster(on, subjects),
    },
    {
      name: "staff clients.list search",
      run: () => staff.clients.list({ query: subjects.searchName }),
      audit: asDirector("clients.list"),
      rawOn: (on) => rawSql.clientSearch(on, subjects),
    },
  ];
  return paths.map(({ rawOn, audit, ...path }) => ({ ...path, raw: () => rawOn(sql), rawAudited: () => audited(sql, audit, rawOn) }));
}
