import { and, arrayContains, eq, isNull } from "drizzle-orm";
import type { Transaction } from "../client";
import { auditEvents, clients, consents, familyMembers, staffMembers, users } from "../schema";
import { type SeedContext, demoPassword, demoPrivacyOfficerEmail } from "./center";
import { demoClientName, demoFamilyEmail } from "./family-roster";
import { demoClinicianEmail } from "./staff";

export interface PrivacyCounts {
  auditRows: number;
}

/**
 * The privacy officer's sign-in, and a first few entries in the audit so that "Who has seen my
 * information" and the officer's pages have something to show on a first visit: the demo partner
 * reading the demo client's schedule, attendance and plan under the consent in force, and the demo
 * clinician opening the client's record. They are written as the API writes those reads (same
 * action, client and consent notes), marked `demo` in their detail, and dated by the database when
 * the demo is seeded, like every audit row. Written once: nothing when the officer's account
 * exists; the account alone when the center or family it reads about cannot be found.
 */
export async function seedPrivacy(context: SeedContext): Promise<PrivacyCounts | null> {
  const { tx } = context;
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, demoPrivacyOfficerEmail));
  if (existing) return null;
  const [user] = await tx
    .insert(users)
    .values({ email: demoPrivacyOfficerEmail, passwordHash: await context.hashPassword(demoPassword), kind: "staff", displayName: "Nadia Quinn" })
    .returning({ id: users.id });
  if (!user) throw new Error(`seed: user ${demoPrivacyOfficerEmail} was not inserted`);
  await tx.insert(staffMembers).values({ userId: user.id, role: "privacy_officer", credentials: "CHPC" });
  return { auditRows: await seedFirstReads(tx) };
}

async function seedFirstReads(tx: Transaction): Promise<number> {
  const [family] = await tx
    .select({ userId: users.id, clientId: clients.id })
    .from(users)
    .innerJoin(familyMembers, eq(familyMembers.userId, users.id))
    .innerJoin(clients, eq(clients.id, familyMembers.clientId))
    .where(and(eq(users.email, demoFamilyEmail), eq(clients.firstName, demoClientName.firstName), eq(clients.lastName, demoClientName.lastName)));
  const [clinician] = await tx.select({ userId: users.id }).from(users).where(eq(users.email, demoClinicianEmail));
  if (!family || !clinician) return 0;
  const { clientId } = family;
  // The consent in force that shares everything (the partner's first, narrower one was taken back).
  const [consent] = await tx
    .select({ id: consents.id })
    .from(consents)
    .innerJoin(familyMembers, eq(familyMembers.id, consents.familyMemberId))
    .where(and(eq(familyMembers.userId, family.userId), eq(consents.clientId, clientId), isNull(consents.revokedAt), arrayContains(consents.scopes, ["plan_summary"])));
  if (!consent) return 0;

  const familyRead = (action: string, scope: string) => ({
    actorUserId: family.userId,
    actorKind: "family" as const,
    action,
    outcome: "allowed" as const,
    subjectClientIds: [clientId],
    resourceType: scope,
    resourceId: clientId,
    detail: { scope, consents: { [clientId]: [consent.id] }, demo: true },
  });
  const rows: (typeof auditEvents.$inferInsert)[] = [
    {
      actorUserId: clinician.userId,
      actorKind: "staff",
      action: "clients.detail",
      outcome: "allowed",
      subjectClientIds: [clientId],
      resourceType: "client",
      resourceId: clientId,
      detail: { demo: true },
    },
    familyRead("sharedWithMe.schedule", "schedule"),
    familyRead("sharedWithMe.attendance", "attendance_summary"),
    familyRead("sharedWithMe.plan", "plan_summary"),
  ];
  // One at a time, in this order: the chain gives each its place and time.
  for (const row of rows) await tx.insert(auditEvents).values(row);
  return rows.length;
}
