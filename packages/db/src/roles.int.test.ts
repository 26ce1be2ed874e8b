import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "./audit-chain";
import { APP_ROLE, loginOf, refuseLoginBeyondApp } from "./roles";
import { createTestDatabase, type TestDatabase } from "./testing";
import { expectPgError } from "./testing/pg-error";

/**
 * What the apps' role may do, proven on a real database signed in as it (the tests' login, which
 * holds the app role's privileges and nothing else). "42501" is PostgreSQL's insufficient_privilege.
 */
let testDb: TestDatabase;
let app: postgres.Sql;
let owner: postgres.Sql;

beforeAll(async () => {
  testDb = await createTestDatabase();
  app = postgres(testDb.url, { max: 1, onnotice: () => {} });
  owner = postgres(testDb.owner.url, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await Promise.all([app.end(), owner.end()]);
  await testDb.drop();
});

const refused = async (statement: PromiseLike<unknown>) => (await expectPgError(statement)).code;

/**
 * Every table's grant to the app role, as the code needs it (read from packages/api and
 * packages/auth). A table added without a decision here fails the test below, and, having no
 * grant, every test that touches it.
 */
const grants: Record<string, string[]> = {
  attendance: ["INSERT", "SELECT", "UPDATE"],
  attendance_revisions: ["INSERT", "SELECT"],
  audit_chain_head: [],
  audit_events: ["INSERT", "SELECT"],
  care_team_members: ["DELETE", "INSERT", "SELECT"],
  center_settings: ["SELECT"],
  clients: ["INSERT", "SELECT", "UPDATE"],
  consents: ["INSERT", "SELECT", "UPDATE"],
  enrollment_status_changes: ["INSERT", "SELECT"],
  enrollments: ["INSERT", "SELECT", "UPDATE"],
  family_invitations: ["INSERT", "SELECT", "UPDATE"],
  family_members: ["INSERT", "SELECT", "UPDATE"],
  family_session_sign_ups: ["INSERT", "SELECT", "UPDATE"],
  level_of_care_assessments: ["INSERT", "SELECT"],
  level_of_care_changes: ["INSERT", "SELECT"],
  level_of_care_decisions: ["INSERT", "SELECT"],
  measure_check_in_drafts: ["DELETE", "INSERT", "SELECT", "UPDATE"],
  measure_responses: ["INSERT", "SELECT"],
  outbox_messages: ["INSERT"],
  payer_authorizations: ["INSERT", "SELECT"],
  password_setup_tokens: ["INSERT", "SELECT", "UPDATE"],
  program_sessions: ["DELETE", "INSERT", "SELECT", "UPDATE"],
  programs: ["INSERT", "SELECT", "UPDATE"],
  rate_limit_windows: ["DELETE", "INSERT", "SELECT", "UPDATE"],
  recertifications: ["INSERT", "SELECT"],
  recovery_codes: ["DELETE", "INSERT", "SELECT", "UPDATE"],
  safety_alert_events: ["INSERT", "SELECT"],
  safety_alerts: ["INSERT", "SELECT"],
  schedule_options: ["INSERT", "SELECT", "UPDATE"],
  session_templates: ["INSERT", "SELECT", "UPDATE"],
  sign_in_attempts: ["INSERT", "SELECT", "UPDATE"],
  staff_members: ["SELECT"],
  totp_factors: ["DELETE", "INSERT", "SELECT", "UPDATE"],
  treatment_plan_objective_marks: ["INSERT", "SELECT"],
  treatment_plan_shared_goals: ["DELETE", "INSERT", "SELECT"],
  treatment_plan_signatures: ["INSERT", "SELECT"],
  treatment_plan_versions: ["INSERT", "SELECT"],
  user_sessions: ["INSERT", "SELECT", "UPDATE"],
  users: ["INSERT", "SELECT", "UPDATE"],
};

describe("the app role", () => {
  it("signs in as a role that is no superuser, manages nothing and owns nothing", async () => {
    const [me] = await app<{ user: string; member: boolean }[]>`
      select current_user as user, pg_has_role(current_user, ${APP_ROLE}, 'member') as member`;
    expect(me).toEqual({ user: loginOf(testDb.url).user, member: true });

    const roles = await owner<{ rolname: string; rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean; rolreplication: boolean; rolbypassrls: boolean }[]>`
      select rolname, rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls
      from pg_roles where rolname in (${APP_ROLE}, ${me!.user}) order by rolname`;
    expect(roles).toHaveLength(2);
    for (const role of roles) {
      expect(role).toEqual({ rolname: role.rolname, rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolreplication: false, rolbypassrls: false });
    }

    const [owned] = await owner<{ count: number }[]>`
      select (select count(*) from pg_class where relowner = any(r.oids))
           + (select count(*) from pg_proc where proowner = any(r.oids))
           + (select count(*) from pg_type where typowner = any(r.oids))
           + (select count(*) from pg_namespace where nspowner = any(r.oids)) as count
      from (select array_agg(oid) as oids from pg_roles where rolname in (${APP_ROLE}, ${me!.user})) r`;
    expect(Number(owned!.count)).toBe(0);
  });

  it("cannot switch the audit's triggers off, drop them or replace what they run", async () => {
    expect(await refused(app`alter table audit_events disable trigger audit_events_chain`)).toBe("42501");
    expect(await refused(app`alter table audit_events disable trigger all`)).toBe("42501");
    expect(await refused(app`drop trigger audit_events_chain on audit_events`)).toBe("42501");
    expect(await refused(app`drop trigger audit_events_no_update_or_delete on audit_events`)).toBe("42501");
    expect(await refused(app`alter table audit_events alter column at drop default`)).toBe("42501");
    expect(
      await refused(app.unsafe(`create or replace function audit_events_chain() returns trigger language plpgsql as $$ begin return new; end; $$`)),
    ).toBe("42501");
    const [triggers] = await owner<{ count: number }[]>`
      select count(*)::int as count from pg_trigger
      where tgrelid = 'audit_events'::regclass and not tgisinternal and tgenabled = 'O'`;
    expect(triggers!.count).toBe(3);
  });

  it("cannot set session_replication_role = replica, which would skip every trigger", async () => {
    expect(await refused(app`set session_replication_role = replica`)).toBe("42501");
    expect(await refused(app.begin((tx) => tx`set local session_replication_role = replica`))).toBe("42501");
  });

  it("cannot update, delete or truncate audit rows, nor wind their sequence back", async () => {
    await app`insert into audit_events (action, outcome) values ('roles.test', 'allowed')`;
    expect(await refused(app`update audit_events set outcome = 'denied'`)).toBe("42501");
    expect(await refused(app`delete from audit_events`)).toBe("42501");
    expect(await refused(app`truncate audit_events`)).toBe("42501");
    expect(await refused(app`select setval('audit_events_id_seq', 1)`)).toBe("42501");
    expect(await refused(app`update audit_chain_head set hash = null`)).toBe("42501");
    const [kept] = await owner<{ count: number }[]>`select count(*)::int as count from audit_events where action = 'roles.test' and outcome = 'allowed'`;
    expect(kept!.count).toBe(1);
  });

  it("reads the center's one settings row and cannot change, add or remove it", async () => {
    const rows = await app<{ name: string; main_phone: string; crisis_line: string }[]>`select name, main_phone, crisis_line from center_settings`;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.main_phone).not.toBe(rows[0]!.crisis_line);
    expect(await refused(app`update center_settings set name = 'Stepwise'`)).toBe("42501");
    expect(await refused(app`insert into center_settings (single, name, address_lines, main_phone, crisis_line) values (true, 'x', array['y'], '1', '2')`)).toBe("42501");
    expect(await refused(app`delete from center_settings`)).toBe("42501");
    // Even the owner cannot add a second center.
    expect(await refused(owner`insert into center_settings (single, name, address_lines, main_phone, crisis_line) values (false, 'x', array['y'], '1', '2')`)).toBe("23514");
  });

  it("cannot create a table, a function or a schema, nor become the owner", async () => {
    expect(await refused(app`create table public.smuggled (id int)`)).toBe("42501");
    expect(await refused(app.unsafe(`create function public.smuggled() returns int language sql as $$ select 1 $$`))).toBe("42501");
    expect(await refused(app`create schema smuggled`)).toBe("42501");
    expect(await refused(app.unsafe(`set role "${loginOf(testDb.owner.url).user}"`))).toBe("42501");
  });

  it("gets the database's time and the next id for a row it dates 2001 with an id of its choosing", async () => {
    const [before] = await app<{ id: string; hash: string }[]>`
      insert into audit_events (action, outcome) values ('roles.before', 'allowed') returning id::text, hash`;
    const [forged] = await app<{ id: string; at: Date; previous_hash: string; hash: string; now: Date }[]>`
      insert into audit_events (id, at, action, outcome, previous_hash, hash)
      values (1, '2001-01-01T00:00:00Z', 'roles.backdated', 'allowed', 'forged', 'forged')
      returning id::text, at, previous_hash, hash, now()`;
    expect(Number(forged!.id)).toBeGreaterThan(Number(before!.id));
    expect(forged!.at.getUTCFullYear()).not.toBe(2001);
    expect(Math.abs(forged!.at.getTime() - forged!.now.getTime())).toBeLessThan(60_000);
    expect(forged!.previous_hash).toBe(before!.hash);
    expect(forged!.hash).not.toBe("forged");
    const report = await verifyAuditChain(testDb.owner.db);
    expect(report.broken).toBeNull();
    expect(report.head).toEqual({ id: Number(forged!.id), hash: forged!.hash });
  });

  it("holds exactly the grants the code needs, table by table, and none on what the owner adds later", async () => {
    const rows = await owner<{ table: string; privileges: string[] }[]>`
      select c.relname as table,
             coalesce(array_agg(g.privilege_type order by g.privilege_type) filter (where g.privilege_type is not null), '{}') as privileges
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      left join information_schema.table_privileges g
        on g.table_schema = 'public' and g.table_name = c.relname and g.grantee = ${APP_ROLE}
      where c.relkind in ('r', 'p', 'v', 'm')
      group by c.relname`;
    expect(Object.fromEntries(rows.map((row) => [row.table, row.privileges]))).toEqual(grants);

    const sequences = await owner<{ sequence: string; usage: boolean }[]>`
      select c.relname as sequence, has_sequence_privilege(${APP_ROLE}, c.oid, 'usage') as usage
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'S'`;
    expect(sequences.filter((row) => row.usage).map((row) => row.sequence)).toEqual(["audit_events_id_seq"]);

    await owner`create table later_table (id int)`;
    expect(await refused(app`select * from later_table`)).toBe("42501");
    expect(await refused(app`insert into later_table values (1)`)).toBe("42501");
    await owner`drop table later_table`;
  });
});

describe("refuseLoginBeyondApp, as pnpm db:migrate and the apps' database ask it", () => {
  const refusal = (attempt: Promise<void>) => attempt.then(() => null, (error: Error) => error.message);

  it("accepts the app's login, and the app role itself (pnpm start's login)", async () => {
    expect(await refusal(refuseLoginBeyondApp(testDb.url))).toBeNull();
    expect(await refusal(refuseLoginBeyondApp(testDb.owner.url, loginOf(testDb.url).user))).toBeNull();
    expect(await refusal(refuseLoginBeyondApp(testDb.owner.url, APP_ROLE))).toBeNull();
  });

  it("refuses the owner's URL (the server's superuser), naming what to set", async () => {
    const message = await refusal(refuseLoginBeyondApp(testDb.owner.url));
    expect(message).toContain(`DATABASE_URL signs in as ${loginOf(testDb.owner.url).user}, a superuser`);
    expect(message).toContain(`the apps must run as ${APP_ROLE} or a login granted it`);
    expect(message).toContain("MIGRATION_DATABASE_URL");
  });

  it("refuses, by name, a login that bypasses row security or owns a table, though no superuser", async () => {
    const [bypasses, owns] = [`stepwise_test_bypass_${process.pid}`, `stepwise_test_owner_${process.pid}`];
    await owner.unsafe(`create role ${bypasses} bypassrls; create role ${owns}; create table owned_elsewhere (id int); alter table owned_elsewhere owner to ${owns}`);
    try {
      expect(await refusal(refuseLoginBeyondApp(testDb.owner.url, bypasses))).toContain(`signs in as ${bypasses}, allowed to bypass row security (BYPASSRLS);`);
      expect(await refusal(refuseLoginBeyondApp(testDb.owner.url, owns))).toContain(`signs in as ${owns}, the owner of the tables;`);
    } finally {
      await owner.unsafe(`drop table owned_elsewhere; drop role ${bypasses}; drop role ${owns}`);
    }
  });
});
