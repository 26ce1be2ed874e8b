import type { Executor } from "@stepwise/db/client";
import { measureCheckInDrafts, measureResponses, users } from "@stepwise/db/schema";
import type { Answers, CalendarDate, CheckInOccasion, InstrumentId } from "@stepwise/domain";
import { and, asc, eq, inArray, notExists, sql } from "drizzle-orm";

/** The check-in a response or draft answers: one instrument, on one occasion, due on one day. */
export interface CheckInKey {
  clientId: string;
  enrollmentId: string;
  instrument: InstrumentId;
  occasion: CheckInOccasion;
  dueOn: CalendarDate;
}

/** Not corrected by a later response: what counts, of a client's history. */
const isCurrent = () =>
  notExists(sql`(select 1 from measure_responses superseding where superseding.supersedes_id = ${measureResponses.id})`);

/**
 * The current responses of these clients, oldest due first, with who entered a paper one. The
 * client ids come from the caller's scope. One statement however many clients.
 */
export function findCurrentResponses(db: Executor, clientIds: readonly string[]) {
  return db
    .select({
      id: measureResponses.id,
      clientId: measureResponses.clientId,
      enrollmentId: measureResponses.enrollmentId,
      instrument: measureResponses.instrument,
      occasion: measureResponses.occasion,
      dueOn: measureResponses.dueOn,
      answers: measureResponses.answers,
      total: measureResponses.total,
      bandKey: measureResponses.bandKey,
      submittedAt: measureResponses.submittedAt,
      enteredBy: users.displayName,
      supersedesId: measureResponses.supersedesId,
      correctionReason: measureResponses.correctionReason,
    })
    .from(measureResponses)
    .leftJoin(users, eq(users.id, measureResponses.enteredByUserId))
    .where(and(inArray(measureResponses.clientId, [...clientIds]), isCurrent()))
    .orderBy(asc(measureResponses.clientId), asc(measureResponses.instrument), asc(measureResponses.dueOn), asc(measureResponses.submittedAt));
}

export type CurrentResponse = Awaited<ReturnType<typeof findCurrentResponses>>[number];

/**
 * One current response of this client, or null for another client's, a corrected one, or none.
 * Two corrections of one response at once: the second conflicts on measure_responses_superseded_once.
 */
export async function findCurrentResponse(db: Executor, clientId: string, responseId: string) {
  const [row] = await db
    .select()
    .from(measureResponses)
    .where(and(eq(measureResponses.id, responseId), eq(measureResponses.clientId, clientId), isCurrent()));
  return row ?? null;
}

export async function insertResponse(db: Executor, response: typeof measureResponses.$inferInsert) {
  const [row] = await db.insert(measureResponses).values(response).returning({ id: measureResponses.id });
  return row!.id;
}

const draftOf = (key: CheckInKey) =>
  and(
    eq(measureCheckInDrafts.clientId, key.clientId),
    eq(measureCheckInDrafts.enrollmentId, key.enrollmentId),
    eq(measureCheckInDrafts.instrument, key.instrument),
    eq(measureCheckInDrafts.occasion, key.occasion),
    eq(measureCheckInDrafts.dueOn, key.dueOn),
  );

/** The answers a client saved part-way through a check-in, or null. */
export async function findDraftAnswers(db: Executor, key: CheckInKey): Promise<Answers | null> {
  const [row] = await db.select({ answers: measureCheckInDrafts.answers }).from(measureCheckInDrafts).where(draftOf(key));
  return row?.answers ?? null;
}

/** The check-ins this client has started and not sent. */
export function findDraftKeys(db: Executor, clientId: string) {
  return db
    .select({
      enrollmentId: measureCheckInDrafts.enrollmentId,
      instrument: measureCheckInDrafts.instrument,
      occasion: measureCheckInDrafts.occasion,
      dueOn: measureCheckInDrafts.dueOn,
    })
    .from(measureCheckInDrafts)
    .where(eq(measureCheckInDrafts.clientId, clientId));
}

/** Keeps the answers so far, replacing any kept before. */
export async function saveDraft(db: Executor, key: CheckInKey, answers: Answers, now: Date) {
  await db
    .insert(measureCheckInDrafts)
    .values({ ...key, answers, updatedAt: now })
    .onConflictDoUpdate({
      target: [measureCheckInDrafts.clientId, measureCheckInDrafts.enrollmentId, measureCheckInDrafts.instrument, measureCheckInDrafts.occasion, measureCheckInDrafts.dueOn],
      set: { answers, updatedAt: now },
    });
}

export async function deleteDraft(db: Executor, key: CheckInKey) {
  await db.delete(measureCheckInDrafts).where(draftOf(key));
}

/**
 * For the board: per enrollment and instrument, the check-ins answered (for the cadence) and the
 * first and latest totals with the latest band, summed up by Postgres. One statement however many.
 */
export function findMeasureSummaries(db: Executor, enrollmentIds: readonly string[]) {
  const latestFirst = sql`${measureResponses.dueOn} desc, ${measureResponses.submittedAt} desc`;
  return db
    .select({
      enrollmentId: measureResponses.enrollmentId,
      instrument: measureResponses.instrument,
      answered: sql<{ occasion: CheckInOccasion; dueOn: CalendarDate }[]>`json_agg(json_build_object('occasion', ${measureResponses.occasion}, 'dueOn', ${measureResponses.dueOn}))`,
      baseline: sql<number>`(array_agg(${measureResponses.total} order by ${measureResponses.dueOn}, ${measureResponses.submittedAt}))[1]`,
      latest: sql<number>`(array_agg(${measureResponses.total} order by ${latestFirst}))[1]`,
      latestBandKey: sql<string>`(array_agg(${measureResponses.bandKey} order by ${latestFirst}))[1]`,
      count: sql<number>`count(*)::int`,
    })
    .from(measureResponses)
    .where(and(inArray(measureResponses.enrollmentId, [...enrollmentIds]), isCurrent()))
    .groupBy(measureResponses.enrollmentId, measureResponses.instrument);
}
