import path from "node:path";
import postgres from "postgres";
import { localSecret } from "./local-secret";

/**
 * The role the apps run as (migration 0011 makes it, NOLOGIN, and grants it per table what the
 * code needs). It owns nothing, so it can neither change the schema nor switch the audit's
 * triggers off; the migrations run as the tables' owner.
 */
export const APP_ROLE = "stepwise_app";

/** Serialises role changes of processes sharing a server (ALTER ROLE at once fails with "tuple concurrently updated"). */
const ROLES_LOCK_KEY = 727_270_004;

export interface Login {
  user: string;
  password: string;
}

/** The same server and database as `url`, signed in as `login`. */
export function loginUrl(url: string, login: Login): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(login.user);
  parsed.password = encodeURIComponent(login.password);
  return parsed.toString();
}

/** Who `url` signs in as. */
export function loginOf(url: string): Login {
  const parsed = new URL(url);
  return { user: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
}

/**
 * The app role's login for a local install (the embedded server, or `DATABASE_URL=… pnpm start`
 * with one URL): the role itself, with a password made on first start and kept under the data
 * folder.
 */
export function localAppLogin(dataDir: string): Login {
  return { user: APP_ROLE, password: localSecret(path.join(dataDir, `${APP_ROLE}-password`)) };
}

/**
 * Makes `login` able to sign in as the app, and returns its URL on `ownerUrl`'s server and
 * database. The login is the app role itself (given LOGIN and the password) or a role of its own
 * that is granted the app role (made if missing). Nothing is changed when the login already
 * works, so apps and test runs starting together do not fight over it. `ownerUrl` must be allowed
 * to manage roles (a superuser, or CREATEROLE with the app role's admin option); migrations must
 * have run, since they make the app role.
 */
export async function ensureLogin(ownerUrl: string, login: Login): Promise<string> {
  const url = loginUrl(ownerUrl, login);
  if (await signsInAsApp(url)) return url;
  const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await owner`select pg_advisory_lock(${ROLES_LOCK_KEY})`;
    try {
      const [existing] = await owner`select 1 from pg_roles where rolname = ${login.user}`;
      const statements = [
        await format(owner, existing ? "alter role %I with login password %L" : "create role %I with login password %L", login.user, login.password),
        ...(login.user === APP_ROLE ? [] : [await format(owner, "grant %I to %I", APP_ROLE, login.user)]),
      ];
      for (const statement of statements) await owner.unsafe(statement);
    } finally {
      await owner`select pg_advisory_unlock(${ROLES_LOCK_KEY})`;
    }
  } catch (error) {
    throw new Error(
      `@stepwise/db: could not let ${login.user} sign in as ${APP_ROLE} (as ${loginOf(ownerUrl).user}): ${(error as Error).message}. ` +
        `Give the apps the app role's URL in DATABASE_URL and the owner's in MIGRATION_DATABASE_URL instead.`,
      { cause: error },
    );
  } finally {
    await owner.end({ timeout: 5 });
  }
  if (!(await signsInAsApp(url))) {
    throw new Error(`@stepwise/db: ${login.user} still cannot sign in to ${new URL(url).host} as ${APP_ROLE}; check the server's pg_hba.conf.`);
  }
  return url;
}

/**
 * Refuses a login with more power than the app role's, before the apps run as it: a superuser, or
 * a role with BYPASSRLS, passes every grant and row policy, and a table's owner (or a member of the
 * owner) may alter its tables and switch their triggers off, the audit's among them. `url` is
 * signed in to for the question; `user` names the login asked about, else the URL's own (as the
 * server sees it). The message names what to set instead.
 */
export async function refuseLoginBeyondApp(url: string, user?: string): Promise<void> {
  const sql = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    const [role] = await sql<{ name: string; superuser: boolean; bypassesRls: boolean; ownsTables: boolean }[]>`
      select r.rolname as name, r.rolsuper as superuser, r.rolbypassrls as "bypassesRls",
        exists (
          select 1 from pg_tables t
          where t.schemaname not in ('pg_catalog', 'information_schema') and pg_has_role(r.oid, t.tableowner, 'USAGE')
        ) as "ownsTables"
      from pg_roles r where r.rolname = ${user ?? sql`current_user`}`;
    if (!role) return;
    const powers = [role.superuser && "a superuser", role.bypassesRls && "allowed to bypass row security (BYPASSRLS)", role.ownsTables && "the owner of the tables"].filter(Boolean);
    if (powers.length === 0) return;
    throw new Error(
      `@stepwise/db: DATABASE_URL signs in as ${role.name}, ${powers.join(", ")}; the apps must run as ${APP_ROLE} or a login granted it, which can do only what the code needs. ` +
        `Set DATABASE_URL to that login's URL and MIGRATION_DATABASE_URL to the owner's (pnpm db:migrate makes the login), or give one owner's URL to pnpm start, which does it for you.`,
    );
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** The server quotes the names and the password itself: utility statements take no parameters. */
async function format(sql: postgres.Sql, template: string, ...values: string[]): Promise<string> {
  const placeholders = values.map((_, i) => `$${i + 2}::text`).join(", ");
  const [row] = await sql.unsafe<{ statement: string }[]>(`select format($1::text, ${placeholders}) as statement`, [template, ...values]);
  return row!.statement;
}

/** Authentication refusals (a wrong password, a role that may not or does not exist) and a missing app role mean "not yet". */
const NOT_YET = new Set(["28P01", "28000", "42704"]);

async function signsInAsApp(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    const [row] = await sql<{ member: boolean }[]>`select pg_has_role(current_user, ${APP_ROLE}, 'member') as member`;
    return row?.member === true;
  } catch (error) {
    if (NOT_YET.has((error as { code?: string }).code ?? "")) return false;
    throw error;
  } finally {
    await sql.end({ timeout: 1 });
  }
}
