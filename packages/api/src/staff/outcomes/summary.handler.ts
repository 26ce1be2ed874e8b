import type { Executor } from "@stepwise/db/client";
import {
  type CalendarDate,
  type InstrumentId,
  type OutcomesSummaryInput,
  type ProgramOutcomes,
  baselineAndFollowUpIn,
  checkInCompletion,
  checkInEnrollmentOf,
  checkInsFor,
  measurePolicyOf,
  instantToZonedDate,
  instruments,
  outcomesPeriod,
  programOutcomes,
} from "@stepwise/domain";
import { findEnrollmentHistories } from "../../queries/enrollment-history.queries";
import { findEnrollmentsInCare, findResponsesOfEnrollments, inCareDuring } from "./outcomes.queries";

// The period's default end: today where the center keeps its default programs' calendar.
const reportTimeZone = "America/New_York";

/**
 * The outcomes of each program (with its track) on each instrument its policy asks, over the
 * period: programOutcomes over the clients whose baseline and a later follow-up fall in it, and
 * check-in completion over the enrollments in care in it. Three statements whatever the number
 * of clients (the enrollments, their histories, their responses); every rule is the domain's.
 */
export async function summarizeOutcomes(db: Executor, input: OutcomesSummaryInput, now: Date) {
  const period = outcomesPeriod(input, instantToZonedDate(now, reportTimeZone));
  const which = inCareDuring(period, input.programId);
  const [enrolled, histories, responses] = await Promise.all([
    findEnrollmentsInCare(db, which),
    findEnrollmentHistories(db, which),
    findResponsesOfEnrollments(db, which, period.to),
  ]);
  const historyOf = new Map(histories.map((history) => [history.enrollmentId, history]));
  const responsesOf = new Map<string, typeof responses>();
  for (const response of responses) responsesOf.set(response.enrollmentId, [...(responsesOf.get(response.enrollmentId) ?? []), response]);

  type Tally = { clients: { baseline: number; latest: number }[]; due: number; answered: number; clientIds: Set<string> };
  const programs = new Map<string, { program: (typeof enrolled)[number]["program"]; byInstrument: Map<InstrumentId, Tally> }>();
  for (const { enrollmentId, clientId, program } of enrolled) {
    const history = historyOf.get(enrollmentId);
    if (!history) continue;
    const policy = measurePolicyOf(program);
    const today: CalendarDate = instantToZonedDate(now, program.timeZone);
    const own = responsesOf.get(enrollmentId) ?? [];
    const checkIns = checkInsFor({ ...checkInEnrollmentOf(history), policy, responses: own, today: today < period.to ? today : period.to });
    const entry = programs.get(program.id) ?? { program, byInstrument: new Map<InstrumentId, Tally>() };
    programs.set(program.id, entry);
    for (const { instrument } of policy.schedule) {
      const tally = entry.byInstrument.get(instrument) ?? { clients: [], due: 0, answered: 0, clientIds: new Set<string>() };
      entry.byInstrument.set(instrument, tally);
      const completion = checkInCompletion(checkIns.filter((checkIn) => checkIn.instrument === instrument), period);
      tally.due += completion.due;
      tally.answered += completion.answered;
      const totals = baselineAndFollowUpIn(own.filter((response) => response.instrument === instrument), period);
      if (totals) tally.clients.push(totals);
      tally.clientIds.add(clientId);
    }
  }

  return {
    period,
    programs: [...programs.values()]
      .sort((a, b) => a.program.name.localeCompare(b.program.name))
      .map(({ program, byInstrument }) => ({
        programId: program.id,
        name: program.name,
        level: program.level,
        track: program.track,
        instruments: [...byInstrument].map(([instrument, tally]) => ({
          instrument,
          instrumentName: instruments[instrument].shortName,
          enrollmentsInCare: tally.clientIds.size,
          checkIns: { due: tally.due, answered: tally.answered },
          outcomes: programOutcomes(instruments[instrument], tally.clients, { due: tally.due, answered: tally.answered }) satisfies ProgramOutcomes,
        })),
      })),
  };
}
