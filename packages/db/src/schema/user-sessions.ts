import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";

/**
 * One signed-in session. The session cookie (a JWT) only names this row; idle timeout,
 * absolute lifetime and sign-out are decided here, on the server, on every request.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    app: text("app", { enum: ["portal", "staff"] }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    /**
     * When the second factor was proven in this session; null until then. A session of an account
     * that needs a second factor reaches nothing but the second-factor step while this is null.
     */
    secondFactorAt: timestamp("second_factor_at", { withTimezone: true }),
  },
  (t) => [
    index("user_sessions_user").on(t.userId),
    check("user_sessions_app_valid", sql`${t.app} in ('portal', 'staff')`),
  ],
);
