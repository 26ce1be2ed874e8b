/**
 * `pnpm audit:verify [--recorded <id>:<hash>]`: checks the audit trail's hash chain from its first
 * row to its head and prints how many rows it checked and the head (record it somewhere the
 * database's administrators cannot write, and pass it back with --recorded next time: a history
 * rewritten whole, hashes and all, then shows), or the first row that does not check out, exiting
 * 1. Reads as the tables' owner: MIGRATION_DATABASE_URL, else DATABASE_URL, else the embedded
 * database.
 */
import { parseArgs } from "node:util";
import { verifyAuditChain } from "@stepwise/db/audit-chain";
import { createDatabase } from "@stepwise/db/client";
import { startEmbeddedDatabase } from "@stepwise/db/embedded";
import { migrateDatabase } from "@stepwise/db/migrate";
import { scriptEnv } from "./lib/env";

const { values } = parseArgs({ options: { recorded: { type: "string" } } });
const recordedMatch = values.recorded ? /^(\d+):([0-9a-f]{64})$/.exec(values.recorded) : null;
if (values.recorded && !recordedMatch) throw new Error("--recorded takes the head as printed before: <id>:<hash>");
const recorded = recordedMatch ? { id: Number(recordedMatch[1]), hash: recordedMatch[2]! } : undefined;

const configured = scriptEnv.MIGRATION_DATABASE_URL ?? scriptEnv.DATABASE_URL;
const server = configured ? null : await startEmbeddedDatabase();
// A fresh checkout's embedded database has no tables yet; migrated as the launcher does.
if (server) await migrateDatabase(server.url);
const { db, close } = createDatabase(configured ?? server!.url, { max: 1, applicationName: "stepwise-audit-verify" });
try {
  const report = await verifyAuditChain(db, { recorded }).catch((error: unknown) => {
    const failure = (error as { cause?: unknown }).cause ?? error;
    if ((failure as { code?: string }).code !== "42501") throw error;
    console.error("This URL's role may not read the whole chain (the app role may not): run it with the owner's URL in MIGRATION_DATABASE_URL.");
    process.exitCode = 2;
    return null;
  });
  if (!report) {
    // Said above.
  } else if (report.broken) {
    console.error(`The audit chain is broken: ${report.broken.explanation}.`);
    console.error(`${report.checked} rows checked out before it${report.head ? `, up to row ${report.head.id}` : ""}.`);
    process.exitCode = 1;
  } else if (!report.head) {
    console.log("The audit trail is empty: nothing to check.");
  } else {
    console.log(`The audit chain is intact: ${report.checked} rows checked${recorded ? `, row ${recorded.id} as recorded` : ""}.`);
    console.log(`Head: ${report.head.id}:${report.head.hash}`);
    console.log("Record the head elsewhere and pass it back with --recorded to prove the history up to it unchanged.");
  }
} finally {
  await close();
  // Stops the embedded server only if this run started it.
  await server?.stop();
}
