/**
 * How often one account may do something that sends mail or costs the server a lot, in a fixed
 * window. Set well above what a real person does in a working day, and far below what a script
 * does in a minute: the limit is there to stop a stolen or scripted session, not to pace people.
 */
export interface RateLimit {
  /** Uses allowed in one window. */
  uses: number;
  windowSeconds: number;
}

const hour = 3600;

/**
 * The limits, by what is limited. A procedure's own limit is named by its path, so the refusal's
 * audit row and the counter say the same thing.
 */
export const rateLimits = {
  // Each sends a mail to an address the caller chose.
  "family.invite": { uses: 20, windowSeconds: hour },
  "family.resendInvitation": { uses: 20, windowSeconds: hour },
  // A staff member hands out set-up links one client at a time.
  "clients.setupLink": { uses: 60, windowSeconds: hour },
  // Intake; a portal account costs an argon2 hash.
  "clients.create": { uses: 60, windowSeconds: hour },
  // Mails every family signed up for the session.
  "familySessions.cancel": { uses: 30, windowSeconds: hour },
  // Giving up a seat may mail the family promoted from the waitlist.
  "familySessions.cancelSignUp": { uses: 30, windowSeconds: hour },
  // The compliance board reads the whole center: ten pages a minute for an hour is far above any person.
  "roster.list": { uses: 600, windowSeconds: hour },
  // A search over every client's name.
  "clients.list": { uses: 1200, windowSeconds: hour },
  // Wrong codes tried against an account's second factor (the sign-in step, confirming a new app,
  // changing one): each try is counted before it is checked, so parallel guesses cannot slip in, and
  // a right code gives its try back, since only failed attempts need limiting (NIST SP 800-63B
  // §5.2.2) and a clinician signing in on several computers must never be locked out. Six digits with a step either side give a guess three chances in a million: ten tries
  // in a quarter hour and fifty in a day keep a year of guessing near a few percent, while someone
  // mistyping a few times is never held up.
  "secondFactor.code": { uses: 10, windowSeconds: 15 * 60 },
  "secondFactor.code.daily": { uses: 50, windowSeconds: 24 * hour },
  // Mails a reset link to whoever holds the address typed, before anyone signs in: per address
  // typed (whether or not an account uses it), so one mailbox is not flooded; and per network
  // address, so one machine cannot mail every account, with room for a clinic's shared network.
  "account.requestPasswordReset": { uses: 5, windowSeconds: hour },
  "account.requestPasswordReset.fromNetworkAddress": { uses: 30, windowSeconds: hour },
} as const satisfies Record<string, RateLimit>;

export type RateLimitedAction = keyof typeof rateLimits;

/** The start of the window `at` falls in: windows are aligned to the epoch, so every instance agrees. */
export function rateLimitWindowStart(limit: RateLimit, at: Date): Date {
  const windowMs = limit.windowSeconds * 1000;
  return new Date(Math.floor(at.getTime() / windowMs) * windowMs);
}

/** Whole seconds from `at` until the window it falls in ends (at least one). */
export function secondsUntilNextWindow(limit: RateLimit, at: Date): number {
  const end = rateLimitWindowStart(limit, at).getTime() + limit.windowSeconds * 1000;
  return Math.max(1, Math.ceil((end - at.getTime()) / 1000));
}

/**
 * The oldest window start still worth keeping at `now`: any window that began before it has ended
 * for every limit, so its count can never refuse anyone again.
 */
export function oldestLiveRateLimitWindowStart(now: Date): Date {
  const longestWindowSeconds = Math.max(...Object.values(rateLimits).map((limit: RateLimit) => limit.windowSeconds));
  return new Date(now.getTime() - longestWindowSeconds * 1000);
}

/** Whether the `uses`-th use in a window is within the limit. */
export function withinRateLimit(limit: RateLimit, uses: number): boolean {
  return uses <= limit.uses;
}

/** "a minute", "12 minutes", "an hour", "3 hours": always rounded up, never "0 minutes". */
function waitInWords(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes === 1) return "a minute";
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? "an hour" : `${hours} hours`;
}

/** The plain words of a refusal for having done something too often. */
export function rateLimitMessage(retryAfterSeconds: number): string {
  return `You've done this many times in a short while. Please try again in ${waitInWords(retryAfterSeconds)}.`;
}
