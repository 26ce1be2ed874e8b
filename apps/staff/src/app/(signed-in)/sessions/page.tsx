import type { StaffOutputs } from "@stepwise/api/staff";
import { addDays, calendarDateSchema, defaultTimeZone, instantToZonedDate } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate, formatTimeRange, isoInstant } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { ForbiddenNotice } from "~/components/common/forbidden-notice";
import { SessionPlace } from "~/components/sessions/session-place";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Sessions" };

type DaySessions = StaffOutputs["attendance"]["sessions"];

/** The day asked for in the URL, or today in the center's time zone. */
function dayFrom(value: string | string[] | undefined): { date: string; ignored: boolean } {
  const today = instantToZonedDate(new Date(), defaultTimeZone);
  if (value === undefined || value === "") return { date: today, ignored: false };
  const parsed = calendarDateSchema.safeParse(value);
  return parsed.success ? { date: parsed.data, ignored: false } : { date: today, ignored: true };
}

export default async function SessionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { date, ignored } = dayFrom((await searchParams).date);
  let day: DaySessions;
  try {
    day = await getQueryClient().fetchQuery(trpc.attendance.sessions.queryOptions({ date }));
  } catch (error) {
    if (trpcErrorCode(error) === "FORBIDDEN") return <ForbiddenNotice what="attendance" />;
    handleApiError(error);
  }
  const today = instantToZonedDate(new Date(), defaultTimeZone);

  return (
    <>
      <div className="page-intro">
        <h1>Sessions</h1>
        <p className="lede">Every program&apos;s sessions on one day, with how much attendance is recorded.</p>
      </div>

      <nav className="day-picker card" aria-label="Choose a day">
        <Link href={`/sessions?date=${addDays(date, -1)}`} className="button button--quiet">
          ← Previous day
        </Link>
        <form method="get" action="/sessions" className="day-picker__form">
          <div className="field">
            <label htmlFor="sessions-date">Date</label>
            <input id="sessions-date" type="date" name="date" defaultValue={date} required />
          </div>
          <button type="submit" className="button">
            Show
          </button>
        </form>
        <Link href={`/sessions?date=${addDays(date, 1)}`} className="button button--quiet">
          Next day →
        </Link>
        {date !== today ? <Link href="/sessions">Today</Link> : null}
      </nav>

      {ignored ? (
        <p className="notice" role="status">
          That date wasn&apos;t recognised, so today is shown.
        </p>
      ) : null}

      <h2 className="day-heading">
        <time dateTime={date}>{formatCalendarDate(date)}</time>
        {date === today ? " (today)" : null}
      </h2>
      {day.sessions.length === 0 ? (
        <p className="card">No sessions are scheduled on this day.</p>
      ) : (
        <SessionsTable sessions={day.sessions} />
      )}
    </>
  );
}

function SessionsTable({ sessions }: { sessions: DaySessions["sessions"] }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby="sessions-caption" tabIndex={0}>
      <table className="sessions-table">
        <caption id="sessions-caption">
          Sessions ({sessions.length})
          <span className="caption__hint">Times are in each program&apos;s time zone.</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Session</th>
            <th scope="col">Program</th>
            <th scope="col">Place</th>
            <th scope="col">Facilitator</th>
            <th scope="col" className="numeric">
              Recorded / expected
            </th>
            <th scope="col">Attendance</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id} className={session.cancelled ? "is-cancelled" : undefined}>
              <td>
                <time dateTime={isoInstant(session.startsAt)}>
                  {formatTimeRange(session.startsAt, session.endsAt, session.program.timeZone)}
                </time>
              </td>
              <th scope="row">
                {session.title}
                <br />
                <span className="small muted">
                  {staffLabels.sessionKind[session.kind]} · {session.format === "group" ? "Group" : "Individual"}
                </span>
              </th>
              <td>{session.program.name}</td>
              <td>
                <SessionPlace location={session.location} videoUrl={session.videoUrl} />
              </td>
              <td>{session.facilitator ?? <span className="muted">Not assigned</span>}</td>
              <td className="numeric">
                {session.recorded} / {session.expected}
              </td>
              <td>
                {session.cancelled ? (
                  <>
                    <Badge tone="neutral">Cancelled</Badge>
                    {session.cancelled.reason ? <span className="small muted"> {session.cancelled.reason}</span> : null}
                  </>
                ) : session.attendance.open ? (
                  <Link href={`/sessions/${session.id}`}>
                    Take attendance<span className="visually-hidden">: {session.title}</span>
                  </Link>
                ) : (
                  <>
                    <span className="muted">Not started yet</span>{" "}
                    <Link href={`/sessions/${session.id}`}>
                      Roster<span className="visually-hidden">: {session.title}</span>
                    </Link>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
