import { randomBytes } from "node:crypto";
import type { Database } from "@stepwise/db/client";
import { ownerOf } from "@stepwise/db/testing";
import {
  auditEvents,
  consents,
  enrollmentStatusChanges,
  familyInvitations,
  familyMembers,
  familySessionSignUps,
  outboxMessages,
  programSessions,
  users,
} from "@stepwise/db/schema";
import {
  type CalendarDate,
  type ConsentExpiry,
  type ConsentScope,
  type FamilyRelationship,
  addDays,
  instantToZonedDate,
  rightToRevokeStatement,
} from "@stepwise/domain";
import { and, desc, eq } from "drizzle-orm";
import { expiryColumns } from "../queries/consents.queries";
import { hashToken } from "../services/tokens";
import { createPortalCaller } from "../portal/index";
import { portalTestData } from "./portal-fixtures";
import { fixtureTimeZone } from "./fixtures";

type Setting = Awaited<ReturnType<ReturnType<typeof portalTestData>["iopProgram"]>>;
type Client = { id: string; firstName: string; lastName: string };

const minutes = (count: number) => count * 60_000;
const days = (count: number) => count * 24 * 60 * 60_000;
let counter = 0;

/**
 * Family members, invitations, consents and family sessions for integration tests, on top of the
 * shared fixtures (and the portal's sessions). Rows go through the real schema, constraints and
 * triggers, written and read as the owner (the app may not read the outbox); what a test does
 * through the API, it does through the API instead, as the app.
 */
export function familyFixtures(database: Database) {
  const t = portalTestData(database);
  const db = ownerOf(database);
  const unique = () => `${process.pid}-${Date.now()}-${++counter}`;
  const today = instantToZonedDate(new Date(), fixtureTimeZone);

  /** A client in treatment (enrolled two weeks ago) with a portal account, and their portal API. */
  async function clientInTreatment(setting: Setting, decidedBy: { member: { id: string } }, firstName: string) {
    const enrolled = await t.enrolledClient(setting, decidedBy, { startsOn: addDays(today, -14), firstName });
    const caller = await enrolled.caller();
    return { ...enrolled, user: enrolled.user!, api: createPortalCaller({ db: database, caller }), caller };
  }

  /** A client with a portal account and no enrollment here at all, and their portal API. */
  async function clientNotInTreatment(firstName: string) {
    const client = await t.unenrolledClient(firstName);
    const caller = await client.caller();
    return { ...client, api: createPortalCaller({ db: database, caller }), caller };
  }

  /** A family account linked to `client` (it accepted the client's invitation), with a real signed-in caller. */
  async function familyMemberOf(
    client: Client,
    options: { name?: string; relationship?: FamilyRelationship; user?: { id: string; email: string }; joinedAt?: Date } = {},
  ) {
    const name = options.name ?? "Jordan Fixture";
    const user = options.user ?? (await t.account("family", name));
    const [member] = await db
      .insert(familyMembers)
      .values({
        clientId: client.id,
        userId: user.id,
        name,
        relationship: options.relationship ?? "parent",
        email: user.email,
        joinedAt: options.joinedAt ?? new Date(),
      })
      .returning();
    return {
      member: member!,
      user,
      caller: () => t.callerFor(user.email, "portal"),
      api: async () => createPortalCaller({ db: database, caller: await t.callerFor(user.email, "portal") }),
    };
  }

  /**
   * Someone the client invited who hasn't accepted: their row and one link, sent at `sentAt` and
   * working until `until` (by default a week after sending, as the portal makes them).
   */
  async function invitedFamilyMember(
    client: Client,
    options: { name: string; relationship?: FamilyRelationship; email?: string; sentAt?: Date; until?: Date },
  ) {
    const sentAt = options.sentAt ?? new Date();
    const [member] = await db
      .insert(familyMembers)
      .values({
        clientId: client.id,
        name: options.name,
        relationship: options.relationship ?? "parent",
        email: options.email ?? email(options.name.toLowerCase().replace(/[^a-z]/g, "")),
        invitedAt: sentAt,
      })
      .returning();
    const token = randomBytes(32).toString("base64url");
    await db.insert(familyInvitations).values({
      familyMemberId: member!.id,
      tokenHash: hashToken(token),
      createdAt: sentAt,
      expiresAt: options.until ?? new Date(sentAt.getTime() + days(7)),
    });
    return { member: member!, token };
  }

  /** The client's signed consent to one family member; `revokedAt` revokes it afterwards, as the trigger allows. */
  async function consent(
    client: Client,
    member: { id: string },
    options: { scopes: ConsentScope[]; expiry?: ConsentExpiry; signedAt?: Date; revokedAt?: Date; purpose?: string },
  ) {
    const [row] = await db
      .insert(consents)
      .values({
        clientId: client.id,
        familyMemberId: member.id,
        scopes: options.scopes,
        purpose: options.purpose ?? "So my family can support me",
        ...expiryColumns(options.expiry ?? { kind: "date", on: "2099-12-31" }),
        signedName: `${client.firstName} ${client.lastName}`,
        signedAt: options.signedAt ?? new Date(),
        revocationStatement: rightToRevokeStatement,
      })
      .returning();
    // "Revoked now" is often read before "signed now" here: a revocation never precedes the signature.
    if (options.revokedAt) return revoke(row!.id, options.revokedAt < row!.signedAt ? row!.signedAt : options.revokedAt);
    return row!;
  }

  /** Revokes a consent straight in the table (as the trigger allows, once); the API's way is family.revokeConsent. */
  async function revoke(consentId: string, at = new Date()) {
    const [row] = await db.update(consents).set({ revokedAt: at }).where(eq(consents.id, consentId)).returning();
    return row!;
  }

  /** A discharge as the status history records it: what ends a consent given "until my treatment here ends". */
  async function recordDischarge(enrollmentId: string, on: CalendarDate) {
    await db.insert(enrollmentStatusChanges).values({ enrollmentId, fromStatus: "active", toStatus: "discharged", effectiveOn: on });
  }

  /** A family session open for sign-ups: one family's when `clientId` is given, otherwise a multi-family group. */
  async function familySession(
    setting: Setting,
    options: {
      startsAt: Date;
      clientId?: string;
      capacity?: number;
      cutoffMinutes?: number;
      cancelled?: boolean;
      location?: string | null;
      videoUrl?: string | null;
      title?: string;
    },
  ) {
    const [row] = await db
      .insert(programSessions)
      .values({
        programId: setting.program.id,
        clientId: options.clientId ?? null,
        kind: "family",
        title: options.title ?? (options.clientId ? "Family session" : "Multi-family group"),
        startsAt: options.startsAt,
        endsAt: new Date(options.startsAt.getTime() + minutes(90)),
        location: options.location === undefined ? "Family room" : options.location,
        videoUrl: options.videoUrl ?? null,
        capacity: options.capacity ?? 8,
        signUpCutoffMinutes: options.cutoffMinutes ?? 120,
        cancelledAt: options.cancelled ? new Date() : null,
        cancellationReason: options.cancelled ? "Facilitator unwell" : null,
      })
      .returning();
    return row!;
  }

  /**
   * A seat or waitlist place someone took earlier through a family member row, stored as it
   * stands now: for a place that outlived the consent it was taken under, which the API would
   * no longer let them take.
   */
  async function placeTaken(place: { sessionId: string; clientId: string; userId: string; familyMemberId: string; status: "confirmed" | "waitlisted" }) {
    const [row] = await db.insert(familySessionSignUps).values(place).returning();
    return row!;
  }

  const publicApi = () => createPortalCaller({ db: database, caller: null });
  /** A fresh address, so tests in one database never meet each other's invitations. */
  const email = (who: string) => `${who}-${unique()}@family.test`;

  const memberRow = async (id: string) => (await db.select().from(familyMembers).where(eq(familyMembers.id, id)))[0]!;
  const invitationsOf = (familyMemberId: string) => db.select().from(familyInvitations).where(eq(familyInvitations.familyMemberId, familyMemberId));
  const outboxTo = (toEmail: string) => db.select().from(outboxMessages).where(eq(outboxMessages.toEmail, toEmail)).orderBy(outboxMessages.createdAt);
  const accountsWith = (address: string) => db.select().from(users).where(eq(users.email, address));
  const consentsOf = (familyMemberId: string) => db.select().from(consents).where(eq(consents.familyMemberId, familyMemberId));
  const audits = (action: string, outcome: "allowed" | "denied") =>
    db.select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.outcome, outcome))).orderBy(auditEvents.at);

  /** The token of the newest invitation mailed to this address, read from the link in the mail, as its reader would. */
  async function mailedInvitationToken(toEmail: string): Promise<string> {
    const [mail] = await db
      .select({ body: outboxMessages.body })
      .from(outboxMessages)
      .where(and(eq(outboxMessages.toEmail, toEmail), eq(outboxMessages.kind, "family_invitation")))
      .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
      .limit(1);
    const token = mail?.body.match(/\/invitation\/([A-Za-z0-9_-]+)/)?.[1];
    if (!token) throw new Error(`no invitation mailed to ${toEmail}`);
    return token;
  }

  /** Makes the member's open links look as if they had been sent more than a week ago. */
  async function expireInvitations(familyMemberId: string) {
    await db
      .update(familyInvitations)
      .set({ createdAt: new Date(Date.now() - days(8)), expiresAt: new Date(Date.now() - minutes(1)) })
      .where(eq(familyInvitations.familyMemberId, familyMemberId));
  }

  return {
    ...t,
    today,
    clientInTreatment,
    clientNotInTreatment,
    familyMemberOf,
    invitedFamilyMember,
    consent,
    revoke,
    recordDischarge,
    familySession,
    placeTaken,
    publicApi,
    email,
    memberRow,
    invitationsOf,
    outboxTo,
    accountsWith,
    consentsOf,
    audits,
    mailedInvitationToken,
    expireInvitations,
  };
}

export type FamilyFixtures = ReturnType<typeof familyFixtures>;

export const inHours = (hours: number, from = new Date()) => new Date(from.getTime() + hours * 3_600_000);
