import { handleApiError } from "@stepwise/ui/trpc-server";
import { formatCalendarDate } from "@stepwise/ui/format";
import type { Metadata } from "next";
import { OutcomesPeriodForm } from "~/components/outcomes/outcomes-period-form";
import { ProgramOutcomesTable } from "~/components/outcomes/program-outcomes-table";
import { type OutcomesSummary, outcomesChoiceFrom, outcomesQuery } from "~/lib/outcomes";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Outcomes" };

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Each program's outcomes on each measure it asks, over a period (the last 90 days unless chosen):
 * counts and shares only, never a client, with the same figures as a CSV file.
 */
export default async function OutcomesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { input, error } = outcomesChoiceFrom(await searchParams);
  let summary: OutcomesSummary;
  let programs: Awaited<ReturnType<typeof listPrograms>>;
  try {
    [summary, programs] = await Promise.all([getQueryClient().fetchQuery(trpc.outcomes.summary.queryOptions(input)), listPrograms()]);
  } catch (caught) {
    handleApiError(caught);
  }
  const { period } = summary;
  return (
    <>
      <div className="page-intro">
        <h1>Outcomes</h1>
        <p className="muted">
          {formatCalendarDate(period.from, "medium")} to {formatCalendarDate(period.to, "medium")}. Each client&apos;s first check-in of
          their enrollment is the baseline and their latest is the follow-up, when both fall in the period. A dash means nobody to
          count, or a measure with no such threshold.
        </p>
      </div>
      <OutcomesPeriodForm period={period} programId={input.programId} programs={programs} error={error} />
      <p>
        <a href={`/outcomes/export?${outcomesQuery(period, input.programId)}`} className="target-link" download>
          Download as CSV
        </a>
      </p>
      {summary.programs.length === 0 ? (
        <p className="notice">No program had clients in care in this period.</p>
      ) : (
        <div className="stack">
          {summary.programs.map((program) => (
            <ProgramOutcomesTable key={program.programId} program={program} />
          ))}
        </div>
      )}
    </>
  );
}

function listPrograms() {
  return getQueryClient().fetchQuery(trpc.programs.list.queryOptions());
}
