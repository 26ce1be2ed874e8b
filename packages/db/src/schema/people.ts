import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accountKind, staffRole } from "./enums";

/** A person who can sign in. The kind decides which app they may use. */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull().unique(),
    passwordHash: text("password_hash").notNull(),
    kind: accountKind("kind").notNull(),
    displayName: text("display_name").notNull(),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    /** Bumped on sign-out-everywhere, password change or role change; older sessions stop working. */
    sessionVersion: integer("session_version").notNull().default(1),
    failedSignInCount: integer("failed_sign_in_count").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
    check("users_session_version_positive", sql`${t.sessionVersion} > 0`),
    check("users_failed_sign_in_count_non_negative", sql`${t.failedSignInCount} >= 0`),
  ],
);

/** Every sign-in attempt, kept for throttling and review. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    address: text("address").notNull(),
    /** Which app the attempt was made in; the same email may be tried in both. */
    app: text("app", { enum: ["portal", "staff"] }).notNull(),
    succeeded: boolean("succeeded").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_attempts_email_at").on(t.email, t.at),
    index("sign_in_attempts_address_at").on(t.address, t.at),
    check("sign_in_attempts_app_valid", sql`${t.app} in ('portal', 'staff')`),
  ],
);

export const staffMembers = pgTable("staff_members", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: uuid("user_id")
    .notNull()
    .unique()
    .references(() => users.id),
  role: staffRole("role").notNull(),
  /** Credentials shown to clients, e.g. "LCSW" or "MD". */
  credentials: text("credentials"),
});

export const clients = pgTable(
  "clients",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Null until the client has a portal account. */
    userId: uuid("user_id")
      .unique()
      .references(() => users.id),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    preferredName: text("preferred_name"),
    dateOfBirth: date("date_of_birth").notNull(),
    /**
     * SHA-256 of the secret in the client's calendar subscription URL; null when they have none.
     * Only the hash is kept, so the URL is shown once and resetting it cuts off the old one.
     */
    calendarFeedTokenHash: text("calendar_feed_token_hash").unique(),
    /** How staff reach the client (not their sign-in, which may be a family email or none). */
    phone: text("phone"),
    contactEmail: text("contact_email"),
    /** Whom to call when the client cannot be reached in an emergency. */
    emergencyContactName: text("emergency_contact_name"),
    emergencyContactRelationship: text("emergency_contact_relationship"),
    emergencyContactPhone: text("emergency_contact_phone"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("clients_last_name").on(t.lastName, t.firstName),
    // An emergency contact is a name with a number, or nobody.
    check(
      "clients_emergency_contact_whole",
      sql`(${t.emergencyContactName} is null) = (${t.emergencyContactPhone} is null) and (${t.emergencyContactRelationship} is null or ${t.emergencyContactName} is not null)`,
    ),
  ],
);

/**
 * A single-use link with which an account holder sets their own password: a new account's first
 * ("setup"), or a forgotten one's ("reset"). Only the SHA-256 of the token is stored; it stops
 * working once used or expired.
 */
export const passwordSetupTokens = pgTable(
  "password_setup_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    tokenHash: text("token_hash").notNull().unique(),
    purpose: text("purpose", { enum: ["setup", "reset"] }).notNull().default("setup"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdByUserId: uuid("created_by_user_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("password_setup_tokens_user").on(t.userId),
    check("password_setup_tokens_expiry_after_creation", sql`${t.expiresAt} > ${t.createdAt}`),
    check("password_setup_tokens_purpose_valid", sql`${t.purpose} in ('setup', 'reset')`),
  ],
);
