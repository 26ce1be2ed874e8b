import {
  type CheckIn,
  type Instrument,
  acknowledgeDeadline,
  bandFor,
  checkInEnrollmentOf,
  checkInsFor,
  daysBetween,
  instantToZonedDate,
  instruments,
  measurePolicyOf,
  optionsFor,
  zonedWallClockToInstant,
} from "@stepwise/domain";
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "../client";
import { clients, enrollmentStatusChanges, enrollments, measureResponses, programs, safetyAlertEvents, safetyAlerts, users } from "../schema";
import type { SeedContext } from "./center";
import { seededRandom } from "./random";
import { demoClientEmail } from "./roster";

export interface MeasureCounts {
  responses: number;
  alerts: number;
}

/**
 * How a client's scores move in the demo, so the outcomes and the board have each kind to show:
 * most improve, some stay where they started, a few get worse.
 */
type Course = "improving" | "unchanged" | "worsening";
const courses: readonly Course[] = ["improving", "improving", "unchanged", "improving", "worsening", "improving", "unchanged", "improving"];

/** Its own fixed seed, so the check-ins look the same whether or not the rest was seeded this run. */
const MEASURES_RANDOM_SEED = 20_261_207;

/**
 * Weeks of check-ins for every client who has started: each answered on its due evening, a few
 * left unanswered to expire, the ones open today left for the client (the demo client's
 * especially, so the portal has one to answer). One client's latest PHQ-9 answers question 9
 * above 0 this evening, which opened a safety alert no one has taken up yet. Seeded once: a demo
 * that has any response keeps what it has.
 */
export async function seedMeasures(context: SeedContext): Promise<MeasureCounts | null> {
  const { tx, now } = context;
  const [existing] = await tx.select({ id: measureResponses.id }).from(measureResponses).limit(1);
  if (existing) return null;
  const random = seededRandom(MEASURES_RANDOM_SEED);
  const started = await startedEnrollments(tx);
  const responses: (typeof measureResponses.$inferInsert)[] = [];
  const openNow: { enrollment: (typeof started)[number]; checkIn: CheckIn; course: Course }[] = [];

  started.forEach((enrollment, index) => {
    const course = courses[index % courses.length]!;
    const today = instantToZonedDate(now, enrollment.timeZone);
    const checkIns = checkInsFor({ ...checkInEnrollmentOf(enrollment.history), policy: measurePolicyOf(enrollment), responses: [], today });
    const answerable = checkIns.filter((checkIn) => checkIn.state !== "upcoming");
    answerable.forEach((checkIn, order) => {
      const instrument = instruments[checkIn.instrument];
      if (checkIn.state === "due") {
        // Open now: the demo client's wait for them; of the others', those due today wait, and
        // about half of the earlier ones still open were answered.
        if (enrollment.isDemoClient) return;
        if (checkIn.dueOn === today || random.chance(0.5)) {
          openNow.push({ enrollment, checkIn, course });
          return;
        }
      }
      // About one in ten goes unanswered and expires, as real check-ins do.
      if (checkIn.occasion === "scheduled" && random.chance(0.1)) return;
      const week = Math.round(daysBetween(enrollment.history.startsOn, checkIn.dueOn) / 7);
      const total = totalFor(instrument, course, week, random.int(-1, 1));
      const submittedAt = zonedWallClockToInstant(checkIn.dueOn, `${19 + (order % 3)}:${10 + random.int(0, 40)}`, enrollment.timeZone);
      if (submittedAt >= now) return;
      responses.push(responseOf(enrollment, checkIn, instrument, itemsFor(instrument, total), submittedAt));
    });
  });

  // The alert: a client getting worse answered question 9 above 0 an hour and a half ago, on a
  // PHQ-9 open since before today.
  const candidates = openNow.filter(({ enrollment, checkIn }) => checkIn.instrument === "phq9" && checkIn.dueOn < instantToZonedDate(now, enrollment.timeZone));
  const alerting = candidates.find(({ course }) => course === "worsening") ?? candidates[0];
  let alerts = 0;
  if (alerting) {
    const phq9 = instruments.phq9;
    const answers = { ...itemsFor(phq9, 16), phq9_9: 1 };
    const openedAt = new Date(now.getTime() - 90 * 60_000);
    const [row] = await tx.insert(measureResponses).values(responseOf(alerting.enrollment, alerting.checkIn, phq9, answers, openedAt)).returning({ id: measureResponses.id });
    const [alert] = await tx
      .insert(safetyAlerts)
      .values({
        clientId: alerting.enrollment.clientId,
        enrollmentId: alerting.enrollment.id,
        responseId: row!.id,
        reason: "safety_item",
        detail: "phq9_9",
        openedAt,
        acknowledgeBy: acknowledgeDeadline(openedAt, measurePolicyOf(alerting.enrollment)),
      })
      .returning({ id: safetyAlerts.id });
    await tx.insert(safetyAlertEvents).values([
      { alertId: alert!.id, kind: "opened", at: openedAt },
      { alertId: alert!.id, kind: "notified", note: "The care team was told by mail", at: openedAt },
    ]);
    alerts = 1;
  }
  for (let start = 0; start < responses.length; start += 500) await tx.insert(measureResponses).values(responses.slice(start, start + 500));
  return { responses: responses.length + alerts, alerts };
}

function responseOf(
  enrollment: { id: string; clientId: string },
  checkIn: CheckIn,
  instrument: Instrument,
  answers: Record<string, number>,
  submittedAt: Date,
): typeof measureResponses.$inferInsert {
  const total = Object.values(answers).reduce((sum, score) => sum + score, 0);
  const band = bandFor(instrument, total);
  if (!band) throw new Error(`seed: ${instrument.shortName} total ${total} is outside its bands`);
  return {
    clientId: enrollment.clientId,
    enrollmentId: enrollment.id,
    instrument: instrument.id,
    instrumentVersion: instrument.version,
    occasion: checkIn.occasion,
    dueOn: checkIn.dueOn,
    answers,
    total,
    bandKey: band.key,
    submittedAt,
  };
}

/** The total a course reaches in a given week of care: a share of the instrument's range, moving a little each week. */
function totalFor(instrument: Instrument, course: Course, week: number, noise: number): number {
  const top = instrument.totalRange.max - instrument.safetyItems.length * maxScoreOf(instrument);
  const share = course === "improving" ? Math.max(0.15, 0.68 - 0.08 * week) : course === "unchanged" ? 0.45 : Math.min(0.8, 0.3 + 0.07 * week);
  return Math.min(top, Math.max(0, Math.round(share * instrument.totalRange.max) + noise));
}

function maxScoreOf(instrument: Instrument): number {
  return Math.max(...instrument.options.map((option) => option.score), 0);
}

/** Answers that add up to `total`, spread evenly over the items, with every safety item at 0. */
function itemsFor(instrument: Instrument, total: number): Record<string, number> {
  const items = instrument.items.filter((item) => !instrument.safetyItems.includes(item.id));
  const answers: Record<string, number> = Object.fromEntries(instrument.items.map((item) => [item.id, 0]));
  let left = total;
  for (let round = 0; left > 0 && round < 10; round++) {
    for (const item of items) {
      const scores = optionsFor(instrument, item).map((option) => option.score).sort((a, b) => a - b);
      const next = scores.find((score) => score > answers[item.id]!);
      if (left <= 0 || next === undefined || next - answers[item.id]! > left) continue;
      left -= next - answers[item.id]!;
      answers[item.id] = next;
    }
  }
  return answers;
}

/** Every enrollment that has started, with its program's policy and zone and its dates, in a fixed order. */
async function startedEnrollments(tx: Transaction) {
  const rows = await tx
    .select({
      id: enrollments.id,
      clientId: enrollments.clientId,
      startsOn: enrollments.startsOn,
      endsOn: enrollments.endsOn,
      track: programs.track,
      measurePolicy: programs.measurePolicy,
      timeZone: programs.timeZone,
      isDemoClient: sql<boolean>`coalesce(${users.email} = ${demoClientEmail}, false)`,
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .innerJoin(clients, eq(clients.id, enrollments.clientId))
    .leftJoin(users, eq(users.id, clients.userId))
    .where(inArray(enrollments.status, ["active", "on_hold", "discharged"]))
    .orderBy(asc(clients.lastName), asc(clients.firstName), asc(enrollments.startsOn));
  const changes = await tx
    .select({ enrollmentId: enrollmentStatusChanges.enrollmentId, effectiveOn: enrollmentStatusChanges.effectiveOn, toStatus: enrollmentStatusChanges.toStatus })
    .from(enrollmentStatusChanges)
    .orderBy(asc(enrollmentStatusChanges.recordedAt), asc(enrollmentStatusChanges.effectiveOn));
  return rows.map((row) => ({
    ...row,
    history: {
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      placements: [],
      statusChanges: changes.filter((change) => change.enrollmentId === row.id),
    },
  }));
}

