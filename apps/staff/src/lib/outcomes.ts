import type { StaffOutputs } from "@stepwise/api/staff";
import { type OutcomesSummaryInput, careLevelDefinitions, csvLine, outcomesSummarySchema } from "@stepwise/domain";
import { staffLabels } from "@stepwise/ui/labels";

export type OutcomesSummary = StaffOutputs["outcomes"]["summary"];
type InstrumentOutcomes = OutcomesSummary["programs"][number]["instruments"][number];

/** The outcomes page's choice from its query string: empty fields are left out; an unreadable choice is reported, not guessed. */
export function outcomesChoiceFrom(params: Record<string, string | string[] | undefined>): { input: OutcomesSummaryInput; error: string | null } {
  const one = (name: string) => {
    const value = params[name];
    const text = Array.isArray(value) ? value[0] : value;
    return text && text.trim() !== "" ? text.trim() : undefined;
  };
  const parsed = outcomesSummarySchema.safeParse({ from: one("from"), to: one("to"), programId: one("programId") });
  if (parsed.success) return { input: parsed.data, error: null };
  return { input: {}, error: parsed.error.issues[0]?.message ?? "That period could not be read." };
}

/** The query string for a choice, for the download link. */
export function outcomesQuery(period: { from: string; to: string }, programId: string | undefined): string {
  const query = new URLSearchParams({ from: period.from, to: period.to });
  if (programId) query.set("programId", programId);
  return query.toString();
}

type FigureKind = "count" | "change" | "percent";

/** The figures of one program on one instrument, in the page's and the file's order. */
export const outcomeFigures: readonly { label: string; value: (row: InstrumentOutcomes) => number | null; kind: FigureKind }[] = [
  { label: "Clients with baseline and follow-up", value: (row) => row.outcomes.clientsWithBaselineAndFollowUp, kind: "count" },
  { label: "Mean change (points)", value: (row) => row.outcomes.meanChange, kind: "change" },
  { label: "Reliable improvement", value: (row) => row.outcomes.reliableImprovement, kind: "percent" },
  { label: "Reliable deterioration", value: (row) => row.outcomes.reliableDeterioration, kind: "percent" },
  { label: "Remission", value: (row) => row.outcomes.remission, kind: "percent" },
  { label: "Response", value: (row) => row.outcomes.responseRate, kind: "percent" },
  { label: "Check-in completion", value: (row) => row.outcomes.completionRate, kind: "percent" },
];

/** A figure as the page shows it: "12.5%", "+1.5" or "−3" points, a count; a dash for null. */
export function figureWords(kind: FigureKind, value: number | null): string {
  if (value === null) return "—";
  if (kind === "percent") return `${value}%`;
  if (kind === "change") return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : "0";
  return String(value);
}

/** The outcomes as a CSV file: one line per program and instrument, cells escaped by the audit CSV's own rules. */
export function outcomesCsv(summary: OutcomesSummary): string {
  const header = csvLine([
    "Program",
    "Level of care",
    "Track",
    "Instrument",
    "Period from",
    "Period to",
    "Clients in care",
    ...outcomeFigures.map((figure) => (figure.kind === "percent" ? `${figure.label} (%)` : figure.label)),
    "Check-ins due",
    "Check-ins answered",
  ]);
  const lines = summary.programs.flatMap((program) =>
    program.instruments.map((row) =>
      csvLine([
        program.name,
        careLevelDefinitions[program.level].shortLabel,
        staffLabels.track[program.track],
        row.instrumentName,
        summary.period.from,
        summary.period.to,
        row.enrollmentsInCare,
        ...outcomeFigures.map((figure) => figure.value(row)),
        row.checkIns.due,
        row.checkIns.answered,
      ]),
    ),
  );
  return header + lines.join("");
}

export function outcomesCsvFileName(period: { from: string; to: string }): string {
  return `outcomes-${period.from}-to-${period.to}.csv`;
}
