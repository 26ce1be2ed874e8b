import "server-only";
import { headers } from "next/headers";
import { env } from "~/env";

/** Where the portal is reached from outside: the configured public URL, else this request's host. */
async function publicOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}

/** The subscription URL for a calendar token, served by app/calendar/[token]/route.ts. */
export async function calendarFeedUrl(token: string): Promise<string> {
  return `${await publicOrigin()}/calendar/${token}.ics`;
}
