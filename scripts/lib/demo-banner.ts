import { demoSignIns, demoStaffToSetUpEmail, demoTotpSecret } from "@stepwise/db/seed";
import type { AppName } from "./apps";

/** What `pnpm start` and `pnpm dev` print once both apps answer. */
export function demoBanner(urls: Record<AppName, string>, database: string): string {
  return `
Stepwise is running.

  Client and family portal   ${urls.portal}
  Staff app                  ${urls.staff}

Demo sign-ins (demo data only):
${demoSignIns.map((s) => `  ${s.app.padEnd(7)} ${s.email.padEnd(26)} ${s.password}   ${s.who}`).join("\n")}

Staff sign-ins also ask for a code from an authenticator app. Add this demo key to one
(Google Authenticator, Microsoft Authenticator, 1Password…: "enter a setup key", time-based):
  ${demoTotpSecret.match(/.{1,4}/g)!.join(" ")}
${demoStaffToSetUpEmail} has none yet: signing in shows how staff set one up.

The demo sends no mail: after "Forgot your password?", run \`pnpm outbox\` in another terminal
to see the reset link the mail would carry.

Database: ${database}
Press Ctrl-C to stop.
`;
}
