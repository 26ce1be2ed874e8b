import type { Database } from "@stepwise/db/client";
import { auditEvents, clients, consents, familyInvitations, familyMembers, outboxMessages, users } from "@stepwise/db/schema";
import { addDays, instantToZonedDate } from "@stepwise/domain";
import { and, eq } from "drizzle-orm";
import { fixtures, fixtureTimeZone } from "../../test-support/fixtures";
import { createPortalCaller } from "../index";

/** Test data for the family and invitation integration tests, on top of the shared fixtures. */
export function familyTestData(db: Database) {
  const f = fixtures(db);
  let counter = 0;
  const unique = () => `${process.pid}-${Date.now()}-${++counter}`;
  const today = instantToZonedDate(new Date(), fixtureTimeZone);

  /** A client in treatment (an active enrollment) with a portal account, and their portal API. */
  async function clientInTreatment(setting: Awaited<ReturnType<typeof f.iopProgram>>, decidedBy: Awaited<ReturnType<typeof f.staff>>, firstName: string) {
    const enrolled = await f.enrolledClient(setting, decidedBy, { startsOn: addDays(today, -14), firstName });
    const caller = await enrolled.caller();
    return { ...enrolled, user: enrolled.user!, api: createPortalCaller({ db, caller }), caller };
  }

  /** A client with a portal account and no enrollment here at all. */
  async function clientNotInTreatment(firstName: string) {
    const user = await f.account("client", firstName);
    const [client] = await db.insert(clients).values({ userId: user.id, firstName, lastName: "Fixture", dateOfBirth: "1985-05-05" }).returning();
    const caller = await f.callerFor(user.email, "portal");
    return { client: client!, user, api: createPortalCaller({ db, caller }), caller };
  }

  const publicApi = () => createPortalCaller({ db, caller: null });
  const tokenOf = (invitationPath: string) => invitationPath.replace(/^\/invitation\//, "");
  const email = (who: string) => `${who}-${unique()}@family.test`;

  const memberRow = async (id: string) => (await db.select().from(familyMembers).where(eq(familyMembers.id, id)))[0]!;
  const invitationsOf = (familyMemberId: string) => db.select().from(familyInvitations).where(eq(familyInvitations.familyMemberId, familyMemberId));
  const outboxTo = (toEmail: string) => db.select().from(outboxMessages).where(eq(outboxMessages.toEmail, toEmail));
  const accountsWith = (address: string) => db.select().from(users).where(eq(users.email, address));
  const consentsOf = (familyMemberId: string) => db.select().from(consents).where(eq(consents.familyMemberId, familyMemberId));
  const audits = (action: string, outcome: "allowed" | "denied") =>
    db.select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.outcome, outcome)));

  /** Makes the member's open links look as if they had been sent more than a week ago. */
  async function expireInvitations(familyMemberId: string) {
    const sentAt = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    await db
      .update(familyInvitations)
      .set({ createdAt: sentAt, expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(familyInvitations.familyMemberId, familyMemberId));
  }

  return {
    f,
    today,
    clientInTreatment,
    clientNotInTreatment,
    publicApi,
    tokenOf,
    email,
    memberRow,
    invitationsOf,
    outboxTo,
    accountsWith,
    consentsOf,
    audits,
    expireInvitations,
  };
}
