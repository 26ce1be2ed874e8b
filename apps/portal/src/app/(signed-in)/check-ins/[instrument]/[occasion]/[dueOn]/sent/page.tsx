import { checkInKeySchema } from "@stepwise/domain";
import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrivalHeading } from "~/components/check-ins/arrival-heading";
import { SupportNow } from "~/components/check-ins/support-now";
import { checkInResultCookie, openResult } from "~/lib/check-in-result";
import { requireClientUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Check-in sent" };

type Params = Promise<{ instrument: string; occasion: string; dueOn: string }>;

/**
 * After sending a check-in: when an answer needs the care team now, the crisis resources come
 * first; then the result in kind words and the trend. Opened later, it says the check-in was sent
 * and shows the trend, read back from the client's results; a check-in not sent is not found.
 */
export default async function CheckInSentPage({ params }: { params: Params }) {
  const user = await requireClientUser();
  const key = checkInKeySchema.safeParse(await params);
  if (!key.success) notFound();
  let results;
  try {
    results = await getQueryClient().fetchQuery(trpc.checkIns.results.queryOptions());
  } catch (error) {
    handleApiError(error);
  }
  const trend = results.trends.find((candidate) => candidate.instrument === key.data.instrument);
  const sent = trend?.points.some((point) => point.dueOn === key.data.dueOn) ?? false;
  if (!sent || !trend) notFound();
  const result = openResult((await cookies()).get(checkInResultCookie)?.value, key.data, user.userId);

  return (
    <>
      <div className="page-intro">
        <p className="eyebrow">{trend.name}</p>
        <ArrivalHeading id="sent-heading">Thank you for your check-in</ArrivalHeading>
      </div>
      <div className="stack check-in__page">
        {result?.needsSupportNow ? <SupportNow /> : null}
        <section className="card" aria-labelledby="sent-words-heading">
          <h2 id="sent-words-heading">{result ? "Your check-in is sent" : "You've sent this check-in"}</h2>
          <p>{result ? result.words : "Thank you. Your care team will look at your answers with you."}</p>
          {(result ? result.sinceYouStarted : trend.sinceYouStarted) ? (
            <p className="check-in__trend">{result ? result.sinceYouStarted : trend.sinceYouStarted}</p>
          ) : null}
          <ul className="plan-links">
            <li>
              <Link className="target-link" href="/check-ins">
                My check-ins over time
              </Link>
            </li>
            <li>
              <Link className="target-link" href="/">
                Back to My plan
              </Link>
            </li>
          </ul>
        </section>
      </div>
    </>
  );
}
