import { type RateLimitedAction, rateLimits, rateLimitWindowStart, secondsUntilNextWindow, withinRateLimit } from "@stepwise/domain";
import type { Executor } from "@stepwise/db/client";
import { tooManyRequests } from "./errors";
import { countRateLimitUse, giveBackRateLimitUse, markCountedUses, undoSinceCountedUses } from "./rate-limit.queries";

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one use of `action` by `subject` (an account id, or an email for what is tried before
 * sign-in) at `now` and says whether it is within the limit. Counted in Postgres because the apps
 * run as stateless instances: a count in one process's memory would give a script a fresh budget
 * on each. On the base database the use is committed at once; in a procedure use `ctx.rateLimit`,
 * which also keeps it when the request fails.
 */
export async function consumeRateLimit(db: Executor, action: RateLimitedAction, subject: string, now: Date = new Date()): Promise<RateLimitDecision> {
  const limit = rateLimits[action];
  const uses = await countRateLimitUse(db, { action, subject, windowStart: rateLimitWindowStart(limit, now) });
  return withinRateLimit(limit, uses) ? { allowed: true } : { allowed: false, retryAfterSeconds: secondsUntilNextWindow(limit, now) };
}

/**
 * Gives back the use `consumeRateLimit` counted in the same window, for a limit on failures only:
 * the use is counted before the outcome is known (so parallel tries cannot slip in) and given back
 * when it succeeded. A window that turned over in between keeps its count.
 */
export async function giveBackRateLimit(db: Executor, action: RateLimitedAction, subject: string, now: Date = new Date()): Promise<void> {
  await giveBackRateLimitUse(db, { action, subject, windowStart: rateLimitWindowStart(rateLimits[action], now) });
}

/**
 * How a procedure enforces a limit, first thing: `await ctx.rateLimit("family.invite")` counts a use
 * for the signed-in account (or for `subject`, an email say, before sign-in) and, over the limit,
 * ends the request with TOO_MANY_REQUESTS in plain words. The ladder then undoes what the request
 * did after its counts and writes its denied audit row, as for any refusal.
 */
export type EnforceRateLimit = (action: RateLimitedAction, subject?: string) => Promise<void>;

/**
 * The rate limits one request counted. A use must outlive the request: a storm of failing requests
 * (wrong codes, refused invitations, a limit's own refusals) has to be counted, or failing would be
 * a way around the limit. And it must be seen by the next request at once: a count undone by a
 * rollback and made again afterwards would let every request waiting on the window's lock through
 * on the old count. So each use is counted in the request's transaction, on the connection it
 * already holds (asking the pool for a second connection while holding one would deadlock as soon
 * as the pool is full of requests doing the same), and a savepoint is taken right after it: a
 * request that fails undoes only what it did since, and commits the count with its denied audit
 * row. The window's lock is held to that commit, so requests counting the same window take turns.
 * That is why a use is counted first thing: whatever a request wrote before it would be kept too.
 */
export class RequestRateLimits {
  private counted = false;

  constructor(private readonly caller: { userId: string } | null) {}

  /** The request's `ctx.rateLimit`, counting in `tx`. */
  enforcer(tx: Executor): EnforceRateLimit {
    return async (action, subject = this.caller?.userId) => {
      // A programming error, not a client's: a public procedure must say whose uses it counts.
      if (!subject) throw new Error(`The rate limit for ${action} needs a subject when nobody is signed in.`);
      const decision = await consumeRateLimit(tx, action, subject);
      await markCountedUses(tx);
      this.counted = true;
      if (!decision.allowed) tooManyRequests(decision.retryAfterSeconds);
    };
  }

  /**
   * For a request that failed: undoes what it did since its last counted use and answers true, so
   * the ladder commits the counts; or answers false when it counted none, to roll back everything.
   */
  async undoSinceCounted(tx: Executor): Promise<boolean> {
    if (this.counted) await undoSinceCountedUses(tx);
    return this.counted;
  }
}
