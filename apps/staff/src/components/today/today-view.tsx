import type { StaffOutputs } from "@stepwise/api/staff";
import { formatCalendarDate } from "@stepwise/ui/format";
import { handleApiError } from "@stepwise/ui/trpc-server";
import Link from "next/link";
import { getQueryClient, trpc } from "~/trpc/server";
import { TodaySessionCard, type TodaySession } from "./today-session-card";

function SessionList({ sessions }: { sessions: readonly TodaySession[] }) {
  return (
    <ul className="session-cards session-cards--today">
      {sessions.map((session) => (
        <TodaySessionCard key={session.id} session={session} />
      ))}
    </ul>
  );
}

/**
 * The front desk's and clinicians' first screen: today's sessions, the ones still to mark first
 * in time order, with one tap to take attendance. A clinician sees the sessions they lead first;
 * the rest of the day follows.
 */
export async function TodayView({ mineFirst }: { mineFirst: boolean }) {
  let today: StaffOutputs["attendance"]["today"];
  try {
    today = await getQueryClient().fetchQuery(trpc.attendance.today.queryOptions());
  } catch (error) {
    handleApiError(error);
  }
  const { sessions } = today;
  const mine = mineFirst ? sessions.filter((session) => session.mine) : [];
  const others = mineFirst ? sessions.filter((session) => !session.mine) : sessions;
  const toMark = sessions.filter((session) => !session.cancelled && session.attendance.open && session.unmarked > 0).length;
  const date = sessions[0]?.date;

  return (
    <>
      <div className="page-intro page-intro--tight">
        <h1>Today</h1>
        <p className="lede">
          {date ? <>{formatCalendarDate(date)}. </> : null}
          {sessions.length === 0
            ? "No sessions are scheduled today."
            : toMark === 0
              ? "Every session that has started is marked."
              : `${toMark} ${toMark === 1 ? "session has" : "sessions have"} clients not marked yet.`}
        </p>
      </div>
      {mineFirst ? (
        <section aria-labelledby="today-mine-heading" className="stack">
          <h2 id="today-mine-heading">Your sessions</h2>
          {mine.length > 0 ? <SessionList sessions={mine} /> : <p className="card">You lead no sessions today.</p>}
        </section>
      ) : null}
      {others.length > 0 || !mineFirst ? (
        <section aria-labelledby="today-all-heading" className="stack">
          <h2 id="today-all-heading">{mineFirst ? "Other sessions today" : "Sessions today"}</h2>
          {others.length > 0 ? <SessionList sessions={others} /> : <p className="card">No sessions are scheduled today.</p>}
        </section>
      ) : null}
      <p>
        <Link href="/sessions">Another day&apos;s sessions</Link>
      </p>
    </>
  );
}
