import { type ChangeFromBaseline, changeFromBaseline } from "./change";
import type { Instrument, ScreeningSex } from "./instrument";
import { isCase } from "./scoring";

/**
 * Outcomes aggregated over the clients a program served, as Joint Commission CTS.03.01.09 asks
 * (DOMAIN.md section 5): each client classified by `changeFromBaseline`, then counted.
 */

/** One client's first and latest totals of the instrument (only clients with both). */
export interface ClientTotals {
  baseline: number;
  latest: number;
  /** For AUDIT-C's caseness by sex; null or left out when the record does not say. */
  sex?: ScreeningSex | null;
}

/** Percentages are 0–100 with one decimal; null where there is no one to count or no threshold. */
export interface ProgramOutcomes {
  clientsWithBaselineAndFollowUp: number;
  /** Mean of latest − baseline, one decimal: negative is an improvement. */
  meanChange: number | null;
  reliableImprovement: number | null;
  reliableDeterioration: number | null;
  remission: number | null;
  /** Of the clients who were a case at baseline, those who reliably recovered (NHS Talking Therapies). */
  reliableRecovery: number | null;
  responseRate: number | null;
  /** Check-ins answered of those due. */
  completionRate: number | null;
}

/** `numerator / denominator` to one decimal, halves away from zero; null for a denominator of 0. */
export function ratioInTenths(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const tenths = (10 * numerator) / denominator;
  return (Math.sign(tenths) * Math.round(Math.abs(tenths))) / 10;
}

/** `part` of `whole` as a percentage with one decimal; null when `whole` is 0. */
export function percentOf(part: number, whole: number): number | null {
  return ratioInTenths(100 * part, whole);
}

/** The share of clients for whom `flag` holds, null when the instrument has no such threshold. */
function shareWhere(changes: readonly ChangeFromBaseline[], flag: (change: ChangeFromBaseline) => boolean | null): number | null {
  let count = 0;
  for (const change of changes) {
    const value = flag(change);
    if (value === null) return null;
    if (value) count += 1;
  }
  return percentOf(count, changes.length);
}

/**
 * A program's outcomes on one instrument over the clients with a baseline and a later total, and
 * its completion of check-ins. Each share counts the clients `changeFromBaseline` classifies so;
 * a share is null where the instrument defines no threshold for it (AUDIT-C has no reliable
 * change, PCL-5 and AUDIT-C no remission) or nobody is counted.
 */
export function programOutcomes(
  instrument: Instrument,
  clients: readonly ClientTotals[],
  checkIns: { due: number; answered: number },
): ProgramOutcomes {
  const rows = clients.map((client) => ({
    caseAtBaseline: isCase(instrument, client.baseline, client.sex ?? null),
    change: changeFromBaseline(instrument, client.baseline, client.latest, client.sex ?? null),
  }));
  const changes = rows.map((row) => row.change);
  const totalChange = changes.reduce((sum, change) => sum + change.difference, 0);
  return {
    clientsWithBaselineAndFollowUp: clients.length,
    meanChange: ratioInTenths(totalChange, clients.length),
    reliableImprovement: shareWhere(changes, (change) => change.reliableImprovement),
    reliableDeterioration: shareWhere(changes, (change) => change.reliableDeterioration),
    remission: shareWhere(changes, (change) => change.remission),
    reliableRecovery: instrument.reliableChange === null
      ? null
      : shareWhere(rows.filter((row) => row.caseAtBaseline).map((row) => row.change), (change) => change.reliableRecovery),
    responseRate: shareWhere(changes, (change) => change.response),
    completionRate: percentOf(checkIns.answered, checkIns.due),
  };
}
