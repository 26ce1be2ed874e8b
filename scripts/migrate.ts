/**
 * `pnpm db:migrate`: a deployment's migration step (the compose file's `migrate` service). Applies
 * the migrations as the tables' owner, MIGRATION_DATABASE_URL, and lets DATABASE_URL's role sign
 * in as the app role with the password in that URL (the app role itself, or a login role granted
 * it, made if missing), so the apps need nothing but DATABASE_URL. Safe to run on every deploy and
 * on several hosts at once.
 */
import { migrateDatabase } from "@stepwise/db/migrate";
import { APP_ROLE, ensureLogin, loginOf, refuseLoginBeyondApp } from "@stepwise/db/roles";
import { scriptEnv } from "./lib/env";

const ownerUrl = scriptEnv.MIGRATION_DATABASE_URL;
const appUrl = scriptEnv.DATABASE_URL;
if (!ownerUrl) throw new Error("Set MIGRATION_DATABASE_URL to the tables' owner (e.g. postgres://stepwise:…@host:5432/stepwise).");

await migrateDatabase(ownerUrl);
console.log("Migrations applied.");
if (appUrl) {
  const app = loginOf(appUrl);
  // Asked before the login is touched: a superuser, the owner or a BYPASSRLS role is refused as it is.
  await refuseLoginBeyondApp(ownerUrl, app.user);
  if (!app.password) throw new Error(`DATABASE_URL names no password for ${app.user}.`);
  await ensureLogin(ownerUrl, app);
  console.log(`${app.user} signs in as ${APP_ROLE}.`);
}
