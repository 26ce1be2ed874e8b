import { hash } from "@node-rs/argon2";
import { closeDatabase, getDatabase } from "../src/client";
import { demoSignIns, seedDemoData } from "../src/seed";

/**
 * `pnpm --filter @stepwise/db seed`: seeds the process database (DATABASE_URL or the embedded
 * server) for local use. The apps' launcher seeds through seedDemoData itself; this is the
 * manual way. @node-rs/argon2 hashes with argon2id by default, which the auth package verifies.
 */
const db = await getDatabase();
const result = await seedDemoData(db, { hashPassword: (plain) => hash(plain) });
console.log(result.seeded ? `Seeded demo data: ${JSON.stringify(result.counts)}` : "Demo data already present; nothing changed.");
for (const signIn of demoSignIns) console.log(`  ${signIn.app.padEnd(6)} ${signIn.email}  ${signIn.password}  (${signIn.who})`);
await closeDatabase();
