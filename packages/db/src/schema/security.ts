import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";

/**
 * Fixed-window counters for per-account rate limits (mail sent, expensive reads, second-factor
 * tries). The apps are stateless, so the count lives here: one upsert counts a use and answers
 * the total of its window. Old windows are worth nothing and may be deleted at any time.
 */
export const rateLimitWindows = pgTable(
  "rate_limit_windows",
  {
    /** What is limited, e.g. "family.invite" or "second-factor". */
    action: text("action").notNull(),
    /** Whose uses are counted: an account id, or an email for what is tried before sign-in. */
    subject: text("subject").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    uses: integer("uses").notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.action, t.subject, t.windowStart] }),
    index("rate_limit_windows_window_start").on(t.windowStart),
    check("rate_limit_windows_uses_positive", sql`${t.uses} > 0`),
  ],
);

/**
 * An account's time-based one-time password (RFC 6238). The secret is kept encrypted with a key
 * derived from the server's secret, so a copy of the database alone does not give it away.
 * Unconfirmed until the holder has entered a first code from their authenticator.
 */
export const totpFactors = pgTable("totp_factors", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id),
  encryptedSecret: text("encrypted_secret").notNull(),
  confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  /** The last time step accepted; a code is never accepted twice (replay). */
  lastUsedStep: bigint("last_used_step", { mode: "number" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Single-use recovery codes for an account with a second factor; only their hashes are kept. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("recovery_codes_user").on(t.userId)],
);
