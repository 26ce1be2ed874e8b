import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  foreignKey,
  index,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { consentExpiryEvent, consentScope, familyRelationship, signUpStatus } from "./enums";
import { clients, users } from "./people";
import { programSessions } from "./program-sessions";

/**
 * A person in a client's life whom the client invited, as the client named them. Once they accept
 * the invitation, `userId` is their family account; one account may be linked to several clients.
 */
export const familyMembers = pgTable(
  "family_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    /** Null until the invitation is accepted. */
    userId: uuid("user_id").references(() => users.id),
    name: text("name").notNull(),
    relationship: familyRelationship("relationship").notNull(),
    /** Where the invitation was sent; lower case. */
    email: text("email").notNull(),
    invitedAt: timestamp("invited_at", { withTimezone: true }).notNull().defaultNow(),
    joinedAt: timestamp("joined_at", { withTimezone: true }),
  },
  (t) => [
    // Consents name (id, client_id) together, so a consent can't point at another client's family.
    unique("family_members_id_client").on(t.id, t.clientId),
    unique("family_members_client_email").on(t.clientId, t.email),
    uniqueIndex("family_members_client_user").on(t.clientId, t.userId).where(sql`${t.userId} is not null`),
    index("family_members_user").on(t.userId),
    check("family_members_email_lowercase", sql`${t.email} = lower(${t.email})`),
    check("family_members_joined_has_account", sql`(${t.userId} is null) = (${t.joinedAt} is null)`),
  ],
);

/** A single-use invitation link; only the SHA-256 of its token is stored. */
export const familyInvitations = pgTable(
  "family_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    familyMemberId: uuid("family_member_id")
      .notNull()
      .references(() => familyMembers.id),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("family_invitations_member").on(t.familyMemberId),
    check("family_invitations_expiry_after_creation", sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);

/**
 * A client's consent to share with one family member (42 CFR 2.31): what, why, until when, and
 * the client's typed signature. Never deleted or edited; revoking sets `revoked_at` once (see the
 * migration's trigger), so the history of every consent is kept.
 */
export const consents = pgTable(
  "consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    familyMemberId: uuid("family_member_id").notNull(),
    scopes: consentScope("scopes").array().notNull(),
    purpose: text("purpose").notNull(),
    /** The last date the consent covers, in the center's time zone; or null when it ends at an event. */
    expiresOn: date("expires_on"),
    expiresOnEvent: consentExpiryEvent("expires_on_event"),
    signedName: text("signed_name").notNull(),
    signedAt: timestamp("signed_at", { withTimezone: true }).notNull().defaultNow(),
    /** The statement of the right to revoke exactly as the client saw it when signing. */
    revocationStatement: text("revocation_statement").notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    foreignKey({
      name: "consents_family_member_of_client",
      columns: [t.familyMemberId, t.clientId],
      foreignColumns: [familyMembers.id, familyMembers.clientId],
    }),
    index("consents_family_member").on(t.familyMemberId),
    index("consents_client").on(t.clientId),
    check("consents_has_scopes", sql`cardinality(${t.scopes}) >= 1`),
    check("consents_one_expiry", sql`(${t.expiresOn} is null) <> (${t.expiresOnEvent} is null)`),
    check("consents_revoked_after_signing", sql`${t.revokedAt} is null or ${t.revokedAt} >= ${t.signedAt}`),
  ],
);

/**
 * A seat (or a place on the waitlist) in a family session, taken by a family member or the
 * client on behalf of the client's family. `arrival` orders the waitlist: it is drawn while the
 * session row is locked, so it follows the order in which sign-ups were served. The migration's
 * trigger keeps confirmed seats within the session's capacity, whatever the code does.
 */
export const familySessionSignUps = pgTable(
  "family_session_sign_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => programSessions.id),
    /** The client whose family this seat is for. */
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    /** The family member who signed up (one of this client's); null when the client signed up themselves. */
    familyMemberId: uuid("family_member_id"),
    /** The person in the seat (their account), so nobody holds two seats in one session. */
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    status: signUpStatus("status").notNull(),
    arrival: bigint("arrival", { mode: "number" }).generatedAlwaysAsIdentity().notNull(),
    signedUpAt: timestamp("signed_up_at", { withTimezone: true }).notNull().defaultNow(),
    promotedAt: timestamp("promoted_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  },
  (t) => [
    // Both columns, as for consents: a seat in one client's name never names another client's family.
    foreignKey({
      name: "family_session_sign_ups_family_member_of_client",
      columns: [t.familyMemberId, t.clientId],
      foreignColumns: [familyMembers.id, familyMembers.clientId],
    }),
    uniqueIndex("family_session_sign_ups_one_per_person")
      .on(t.sessionId, t.userId)
      .where(sql`${t.status} <> 'cancelled'`),
    index("family_session_sign_ups_session_arrival").on(t.sessionId, t.arrival),
    index("family_session_sign_ups_user").on(t.userId),
    check("family_session_sign_ups_cancelled_dated", sql`(${t.status} = 'cancelled') = (${t.cancelledAt} is not null)`),
  ],
);

/**
 * The kinds of mail the outbox carries. Mail about a client's care never says what it is about:
 * a safety alert or a check-in reminder only asks the reader to sign in.
 */
export const outboxMailKinds = [
  "family_invitation",
  "waitlist_promotion",
  "family_session_cancelled",
  "password_reset",
  "safety_alert",
  "safety_alert_escalation",
  "check_in_reminder",
] as const;

/**
 * Mail waiting to be sent, written in the same transaction as what caused it, so mail goes out
 * only for changes that were kept. A mail sender delivers the rows and sets `sent_at`.
 */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind", { enum: outboxMailKinds }).notNull(),
    toEmail: text("to_email").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index("outbox_messages_unsent").on(t.createdAt).where(sql`${t.sentAt} is null`),
    check(
      "outbox_messages_kind_valid",
      sql`${t.kind} in (${sql.raw(outboxMailKinds.map((kind) => `'${kind}'`).join(", "))})`,
    ),
  ],
);
