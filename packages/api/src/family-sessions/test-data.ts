import type { Database } from "@stepwise/db/client";
import { consents, enrollmentStatusChanges, familyMembers, programSessions } from "@stepwise/db/schema";
import { type ConsentExpiry, type ConsentScope, type FamilyRelationship, rightToRevokeStatement } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { expiryColumns } from "../consents";
import { createPortalCaller } from "../portal/index";
import { portalTestData } from "../portal/portal-test-data";

type Setting = Awaited<ReturnType<ReturnType<typeof portalTestData>["iopProgram"]>>;
type Client = { id: string; firstName: string; lastName: string };

const minutes = (count: number) => count * 60_000;

/** Family members, consents and family sessions for integration tests, on top of the portal's test data. */
export function familyTestData(db: Database) {
  const t = portalTestData(db);

  /** A family account linked to `client` (it accepted the client's invitation), with a real signed-in caller. */
  async function familyMemberOf(client: Client, options: { name?: string; relationship?: FamilyRelationship; user?: { id: string; email: string } } = {}) {
    const user = options.user ?? (await t.account("family", options.name ?? "Jordan Fixture"));
    const [member] = await db
      .insert(familyMembers)
      .values({
        clientId: client.id,
        userId: user.id,
        name: options.name ?? "Jordan Fixture",
        relationship: options.relationship ?? "parent",
        email: user.email,
        joinedAt: new Date(),
      })
      .returning();
    return {
      member: member!,
      user,
      caller: () => t.callerFor(user.email, "portal"),
      api: async () => createPortalCaller({ db, caller: await t.callerFor(user.email, "portal") }),
    };
  }

  /** The client's signed consent to one family member; `revokedAt` revokes it afterwards, as the trigger allows. */
  async function consent(
    client: Client,
    member: { id: string },
    options: { scopes: ConsentScope[]; expiry?: ConsentExpiry; signedAt?: Date; revokedAt?: Date },
  ) {
    const [row] = await db
      .insert(consents)
      .values({
        clientId: client.id,
        familyMemberId: member.id,
        scopes: options.scopes,
        purpose: "So my family can support me",
        ...expiryColumns(options.expiry ?? { kind: "date", on: "2099-12-31" }),
        signedName: `${client.firstName} ${client.lastName}`,
        signedAt: options.signedAt ?? new Date(),
        revocationStatement: rightToRevokeStatement,
      })
      .returning();
    if (options.revokedAt) await revoke(row!.id, options.revokedAt);
    return row!;
  }

  async function revoke(consentId: string, at = new Date()) {
    await db.update(consents).set({ revokedAt: at }).where(eq(consents.id, consentId));
  }

  /** A discharge as the status history records it: what ends a consent given "until my treatment here ends". */
  async function recordDischarge(enrollmentId: string, on: string) {
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

  return { ...t, familyMemberOf, consent, revoke, recordDischarge, familySession };
}

export const inHours = (hours: number, from = new Date()) => new Date(from.getTime() + hours * 3_600_000);
