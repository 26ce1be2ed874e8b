/**
 * `pnpm outbox [--to <email>] [--last <n>]`: prints the newest mails the apps have queued (five by
 * default), newest first. The demo sends no mail, so this is how to follow a password reset link
 * there: ask for one on a sign-in page, then run this. The link is never shown on the page that
 * asks for it: there, it would let anyone reset anyone's password. Reads as the tables' owner
 * (the app role may only add mail): MIGRATION_DATABASE_URL, else DATABASE_URL, else the embedded
 * database, which a running `pnpm start` shares.
 */
import { parseArgs } from "node:util";
import { startEmbeddedDatabase } from "@stepwise/db/embedded";
import { migrateDatabase } from "@stepwise/db/migrate";
import { scriptEnv } from "./lib/env";
import { latestMails, mailInWords } from "./lib/outbox";

const { values } = parseArgs({ options: { to: { type: "string" }, last: { type: "string", default: "5" } } });
const last = Number(values.last);
if (!Number.isInteger(last) || last < 1 || last > 100) {
  console.error("--last takes a whole number from 1 to 100.");
  process.exit(2);
}

const configured = scriptEnv.MIGRATION_DATABASE_URL ?? scriptEnv.DATABASE_URL;
const server = configured ? null : await startEmbeddedDatabase();
// A fresh checkout's embedded database has no tables yet; migrated as the launcher does.
if (server) await migrateDatabase(server.url);
try {
  const mails = await latestMails(configured ?? server!.url, { to: values.to, last });
  if (mails.length === 0) console.log(values.to ? `No mail to ${values.to} in the outbox.` : "The outbox is empty.");
  else console.log(mails.map(mailInWords).join(`\n\n${"-".repeat(72)}\n\n`));
} finally {
  // Stops the embedded server only if this run started it; a running stack's server is left alone.
  await server?.stop();
}
