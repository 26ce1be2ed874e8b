import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import postgres from "postgres";
import { migrateDatabase, migrationsFolder } from "../migrate";
import { databaseUrl } from "./server";

const TEMPLATE_PREFIX = "stepwise_tpl_";
/** Serialises template builds across every test process on the server. */
const TEMPLATE_LOCK_KEY = 727_270_002;

/**
 * A digest of the committed migrations: a changed or added migration gives a new template name,
 * so a template is never stale and never rebuilt needlessly.
 */
async function migrationsDigest(): Promise<string> {
  const folder = migrationsFolder();
  const hash = createHash("sha256");
  const files = (await readdir(folder)).filter((name) => name.endsWith(".sql")).sort();
  for (const name of [...files, path.join("meta", "_journal.json")]) {
    hash.update(name).update("\0").update(await readFile(path.join(folder, name))).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Returns the name of a migrated template database, building it once per set of migrations.
 * Parallel vitest workers (separate processes) race here; a session advisory lock makes one of
 * them build while the others wait, then find it ready. The template is built under a temporary
 * name and renamed when complete, so a crash mid-build never leaves a half-migrated template.
 */
export async function ensureTemplateDatabase(adminUrl: string): Promise<string> {
  const templateName = `${TEMPLATE_PREFIX}${await migrationsDigest()}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    if (await databaseExists(admin, templateName)) return templateName;
    await admin`select pg_advisory_lock(${TEMPLATE_LOCK_KEY})`;
    try {
      if (await databaseExists(admin, templateName)) return templateName;
      const buildingName = `${templateName}_building`;
      await admin.unsafe(`drop database if exists "${buildingName}" with (force)`);
      await admin.unsafe(`create database "${buildingName}"`);
      await migrateDatabase(databaseUrl(adminUrl, buildingName));
      await admin.unsafe(`alter database "${buildingName}" rename to "${templateName}"`);
      await dropOutdatedTemplates(admin, templateName);
      return templateName;
    } finally {
      await admin`select pg_advisory_unlock(${TEMPLATE_LOCK_KEY})`;
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
}

async function databaseExists(admin: postgres.Sql, name: string): Promise<boolean> {
  const rows = await admin`select 1 from pg_database where datname = ${name}`;
  return rows.length > 0;
}

/** Templates of older migration sets would otherwise pile up on a long-lived server. */
async function dropOutdatedTemplates(admin: postgres.Sql, current: string): Promise<void> {
  const rows = await admin<{ datname: string }[]>`
    select datname from pg_database where datname like ${`${TEMPLATE_PREFIX}%`} and datname <> ${current}`;
  for (const { datname } of rows) {
    await admin.unsafe(`drop database if exists "${datname}" with (force)`).catch(() => undefined);
  }
}
