import type { StaffOutputs } from "@stepwise/api/staff";
import { addDays, calendarDateSchema, defaultTimeZone, instantToZonedDate } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { SessionCards } from "~/components/sessions/session-cards";
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
        <SessionCards sessions={day.sessions} />
      )}
    </>
  );
}
