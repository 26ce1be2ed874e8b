import { type EnrollmentHistory, type UpcomingSession, weekBounds, weekStartOf } from "@stepwise/domain";
import { groupBy } from "../../core/group-by";

/** Where each program's week now ends (the domain's weekBounds in its own zone), computed once per program. */
export function weekEndsOf(programs: Iterable<{ id: string; timeZone: string }>, now: Date) {
  const zones = new Map([...programs].map((program) => [program.id, program.timeZone]));
  return [...zones].map(([programId, timeZone]) => ({ programId, weekEnd: weekBounds(weekStartOf(now, timeZone), timeZone).to }));
}

/**
 * For each client, the upcoming sessions that could count for them: the groups of the options in
 * their history and their own individual sessions. Looked up by option and client, so a board of
 * thousands never pairs every client with every session.
 */
export function candidatesFrom(upcoming: readonly UpcomingSession[]) {
  const byOption = groupBy(upcoming.filter((session) => session.scheduleOptionId !== null), (session) => session.scheduleOptionId);
  const byClient = groupBy(upcoming.filter((session) => session.clientId !== null), (session) => session.clientId);
  return (clientId: string, history: EnrollmentHistory): UpcomingSession[] => {
    const options = new Set(history.placements.flatMap((placement) => placement.scheduleOptionId ?? []));
    return [...[...options].flatMap((optionId) => byOption.get(optionId) ?? []), ...(byClient.get(clientId) ?? [])];
  };
}
