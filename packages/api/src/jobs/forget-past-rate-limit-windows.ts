import type { Database } from "@stepwise/db/client";
import { oldestLiveRateLimitWindowStart } from "@stepwise/domain";
import { deleteRateLimitWindowsBefore } from "../core/rate-limit.queries";

/**
 * Deletes the rate-limit windows every limit has moved past: a count that can refuse nobody again
 * is not kept. Run by the launcher on every start and daily by cron (`pnpm sessions:extend`). Not
 * audited: a window counts an account's uses of an action, never anything about a client.
 * Returns how many windows it deleted.
 */
export function forgetPastRateLimitWindows(db: Database, now: Date): Promise<number> {
  return deleteRateLimitWindowsBefore(db, oldestLiveRateLimitWindowStart(now));
}
