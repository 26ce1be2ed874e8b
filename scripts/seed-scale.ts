/**
 * `pnpm seed:scale [--clients 10000] [--in-care 2000] [--weeks 52]`: a center at a real center's
 * size in a database of its own (`stepwise_scale`, on DATABASE_URL's server or the embedded one),
 * made afresh each run, for `pnpm bench`. The demo database is left as it is.
 */
import { parseArgs } from "node:util";
import { scriptEnv } from "./lib/env";
import { scaleDatabaseName, scalePassword, scaleServer, seedScaleDatabase } from "./lib/scale-database";

const { values } = parseArgs({
  options: { clients: { type: "string", default: "10000" }, "in-care": { type: "string", default: "2000" }, weeks: { type: "string", default: "52" } },
});
const size = { clients: Number(values.clients), inCare: Number(values["in-care"]), weeksOfHistory: Number(values.weeks) };

const server = await scaleServer(scriptEnv.DATABASE_URL);
try {
  const seeded = await seedScaleDatabase(server.adminUrl, size);
  const { counts } = seeded;
  console.log(`Seeded ${scaleDatabaseName} in ${seeded.seconds.toFixed(1)} s:`);
  console.log(
    `  ${counts.clients} clients (${counts.inCare} in care), ${counts.enrollments} enrollments, ${counts.programs} programs with ${counts.scheduleOptions} schedule options,`,
  );
  console.log(`  ${counts.sessions} sessions, ${counts.attendance} attendance records, ${counts.familyMembers} family members.`);
  console.log(`Sign-ins (password ${scalePassword}, this database only): ${Object.values(seeded.accounts).join(", ")}`);
} finally {
  await server.stop();
}
