import { calendarDateSchema, isBeforeStart } from "@stepwise/domain";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { NextStep } from "~/components/plan/next-step";
import { NoPlanOnThisAccount } from "~/components/plan/no-plan-on-this-account";
import { ScheduleWeek } from "~/components/schedule/schedule-week";
import { requireClientUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "My schedule" };

const beforeTheProgram = {
  heading: "Your group sessions will appear here once your program starts",
  paragraphs: ["Any appointment already booked for you, such as your intake, is listed below."],
};

export default async function MySchedulePage({ searchParams }: { searchParams: Promise<{ week?: string | string[] }> }) {
  // A family account has no schedule of its own; what is shared with it is on its home page.
  await requireClientUser();
  const { week } = await searchParams;
  // A mistyped ?week= shows this week rather than an error.
  const parsed = calendarDateSchema.safeParse(Array.isArray(week) ? week[0] : week);
  const weekOf = parsed.success ? parsed.data : undefined;

  let schedule;
  try {
    schedule = await getQueryClient().fetchQuery(trpc.schedule.mine.queryOptions(weekOf ? { weekOf } : undefined));
  } catch (error) {
    // A client account whose record can't be read is told so kindly, not shown an error.
    if (trpcErrorCode(error) === "NOT_FOUND") return <NoPlanOnThisAccount title="My schedule" />;
    handleApiError(error);
  }
  const now = new Date();
  const status = schedule.enrollmentStatus;

  return (
    <>
      <div className="page-intro">
        <h1>My schedule</h1>
        <p className="lede">
          Your sessions week by week. Times are shown in your program&apos;s time zone. You can also{" "}
          <Link href="/calendar">add them to your phone&apos;s calendar</Link>.
        </p>
      </div>
      <div className="stack">
        {status !== null && isBeforeStart(status) ? <NextStep words={beforeTheProgram} /> : null}
        {schedule.nextStep ? <NextStep words={schedule.nextStep} /> : null}
        {status === "discharged" ? (
          <p className="notice">Your program has ended. Sessions from your time in the program are still here to look back on.</p>
        ) : null}
        {status === "on_hold" ? (
          <p className="notice">Your program is paused for now, so no group sessions are listed ahead. Your care team will be in touch.</p>
        ) : null}
        <nav aria-label="Weeks" className="pager">
          {schedule.previousWeekOf ? (
            <Link className="button button--quiet" href={`/schedule?week=${schedule.previousWeekOf}`}>
              Earlier weeks
            </Link>
          ) : null}
          {schedule.includesThisWeek ? null : (
            <Link className="button button--quiet" href="/schedule">
              Back to this week
            </Link>
          )}
          {schedule.nextWeekOf ? (
            <Link className="button button--quiet" href={`/schedule?week=${schedule.nextWeekOf}`}>
              Later weeks
            </Link>
          ) : null}
        </nav>
        {schedule.weeks.map((scheduleWeek) => (
          <ScheduleWeek key={scheduleWeek.weekStart} week={scheduleWeek} timeZone={schedule.timeZone} now={now} address={schedule.address} />
        ))}
      </div>
    </>
  );
}
