import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { DueCheckIns } from "~/components/check-ins/due-check-ins";
import { TrendCard } from "~/components/check-ins/trend-card";
import { requireClientUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "My check-ins" };

/** The client's own check-ins over time, one questionnaire at a time, with any open now first. */
export default async function MyCheckInsPage() {
  await requireClientUser();
  let due, results;
  try {
    [due, results] = await Promise.all([
      getQueryClient().fetchQuery(trpc.checkIns.due.queryOptions()),
      getQueryClient().fetchQuery(trpc.checkIns.results.queryOptions()),
    ]);
  } catch (error) {
    handleApiError(error);
  }
  return (
    <>
      <div className="page-intro">
        <h1>My check-ins</h1>
        <p className="lede">
          The short questionnaires your care team asks you to fill in, and how things have changed over time. Your care team
          looks at them with you.
        </p>
      </div>
      <div className="stack">
        <DueCheckIns due={due.due} />
        {results.trends.length === 0 ? (
          <p className="card">You haven&apos;t sent a check-in yet. When you do, you&apos;ll see them here over time.</p>
        ) : (
          results.trends.map((trend) => <TrendCard key={trend.instrument} trend={trend} />)
        )}
        <p>
          <Link className="target-link" href="/">
            Back to My plan
          </Link>
        </p>
      </div>
    </>
  );
}
