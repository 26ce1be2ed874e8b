import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDatabase, type Database } from "../client";
import { loginUrl, type Login } from "../roles";
import { databaseUrl, ensureTestLogin, TEST_DATABASE_PREFIX, testServerAdminUrl } from "./server";
import { ensureTemplateDatabase } from "./template";

export interface TestDatabase {
  /** Signed in as the app role, as the apps are: what the code under test runs as. */
  db: Database;
  /** URL of this test's own database as the app role, for code under test that opens its own connections. */
  url: string;
  /**
   * The same database as the tables' owner (the server's superuser): for fixtures that write what
   * the app may not (staff accounts, rows in the past), for reading what the app may not (the
   * outbox), and for the database's own guards, which must hold even for the owner.
   */
  owner: { db: Database; url: string };
  /** Closes the pools and drops the database. */
  drop(): Promise<void>;
}

let prepared: Promise<{ adminUrl: string; template: string; login: Login }> | undefined;

/** The server, template and login are found once per process; later calls only clone. */
function preparedServer(): Promise<{ adminUrl: string; template: string; login: Login }> {
  prepared ??= (async () => {
    const adminUrl = await testServerAdminUrl();
    const template = await ensureTemplateDatabase(adminUrl);
    return { adminUrl, template, login: await ensureTestLogin(adminUrl) };
  })();
  prepared.catch(() => {
    prepared = undefined;
  });
  return prepared;
}

const owners = new WeakMap<Database, Database>();

/**
 * The owner's handle on the test database `db` (the app role's) belongs to, or `db` itself for
 * any other handle. Fixture factories take the handle a test has and write through this one, so
 * test files hand them `testDb.db` while what they call runs as the app.
 */
export function ownerOf(db: Database): Database {
  return owners.get(db) ?? db;
}

/**
 * A fresh, migrated database of its own for one test file (or one test): a copy of a migrated
 * template, which takes tens of milliseconds instead of running every migration again.
 *
 * ```ts
 * let testDb: TestDatabase;
 * beforeAll(async () => { testDb = await createTestDatabase(); });
 * afterAll(() => testDb.drop());
 * ```
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { adminUrl, template, login } = await preparedServer();
  const name = `${TEST_DATABASE_PREFIX}${process.pid}_${randomBytes(4).toString("hex")}`;

  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }

  const ownerUrl = databaseUrl(adminUrl, name);
  const url = loginUrl(ownerUrl, login);
  // Pools connect on first use: a test that never writes as the owner opens no owner connection.
  const app = createDatabase(url, { max: 5, applicationName: "stepwise-test" });
  const owner = createDatabase(ownerUrl, { max: 3, applicationName: "stepwise-test-owner" });
  owners.set(app.db, owner.db);
  let dropped = false;
  return {
    db: app.db,
    url,
    owner: { db: owner.db, url: ownerUrl },
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await Promise.all([app.close(), owner.close()]);
      const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try {
        // FORCE: code under test may still hold connections of its own through `url`.
        await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await cleanup.end({ timeout: 5 });
      }
    },
  };
}
