import { calendarFeedFor } from "@stepwise/api/portal";

/**
 * The calendar subscription: /calendar/<token>.ics. Calendar apps fetch it without a session, so
 * the token is the only credential; an unknown token is a plain 404 that says nothing more. The
 * proxy lets /calendar/ through without a session cookie (see src/proxy.ts).
 */
const privateHeaders = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } as const;

export async function GET(_request: Request, context: { params: Promise<{ token: string }> }) {
  const { token: segment } = await context.params;
  const token = segment.endsWith(".ics") ? segment.slice(0, -".ics".length) : null;
  const feed = token ? await calendarFeedFor(token) : null;
  if (feed === null) {
    return new Response("Not found", { status: 404, headers: { ...privateHeaders, "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(feed, {
    headers: {
      ...privateHeaders,
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="stepwise.ics"',
    },
  });
}
