import { demoSignIns } from "@stepwise/db/seed";
import type { AppName } from "./apps";

/** What `pnpm start` and `pnpm dev` print once both apps answer. */
export function demoBanner(urls: Record<AppName, string>, database: string): string {
  return `
Stepwise is running.

  Client and family portal   ${urls.portal}
  Staff app                  ${urls.staff}

Demo sign-ins (demo data only):
${demoSignIns.map((s) => `  ${s.app.padEnd(7)} ${s.email.padEnd(26)} ${s.password}   ${s.who}`).join("\n")}

Database: ${database}
Press Ctrl-C to stop.
`;
}
