import { formatHoursPhrase, hoursInTenths } from "@stepwise/domain";
import { formatHourBand } from "@stepwise/ui/format";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { DaysAttended } from "~/components/hours/week-hours";
import { NextStep } from "~/components/plan/next-step";
import { NoPlanOnThisAccount } from "~/components/plan/no-plan-on-this-account";
import { formatWeekRange } from "~/components/schedule/week-of";
import { requireClientUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "My hours" };

export default async function MyHoursPage() {
  // A family account has no hours of its own; what is shared with it is on its home page.
  await requireClientUser();
  let hours;
  try {
    hours = await getQueryClient().fetchQuery(trpc.hours.mine.queryOptions());
  } catch (error) {
    // A client account whose record can't be read is told so kindly, not shown an error.
    if (trpcErrorCode(error) === "NOT_FOUND") return <NoPlanOnThisAccount title="My hours" />;
    handleApiError(error);
  }
  const { plan, weeks } = hours;
  const [latest, ...earlier] = weeks;
  // The meter's numbers and words follow the domain's one rounding rule, as the sentence does.
  const asHours = (minutes: number) => hoursInTenths(minutes) / 10;

  return (
    <>
      <div className="page-intro">
        <h1>My hours</h1>
        {plan ? (
          <p className="lede">
            {plan.hasBand
              ? `Your plan is ${formatHourBand(plan.weeklyMinutes)} a week. Every session you join counts toward it.`
              : "The time you've spent in sessions, week by week."}{" "}
            Weeks run Monday to Sunday.
          </p>
        ) : null}
      </div>
      {!plan || !latest ? (
        hours.nextStep ? <NextStep words={hours.nextStep} /> : null
      ) : (
        <div className="stack">
          {hours.nextStep ? <NextStep words={hours.nextStep} /> : null}
          <section className="card" aria-labelledby="latest-week-heading">
            <div className="card__title">
              <h2 id="latest-week-heading">{latest.isThisWeek ? "This week" : "Your last week in the program"}</h2>
              <p className="muted small">{formatWeekRange(latest.weekStart)}</p>
            </div>
            <p className="week-summary">{latest.summary}</p>
            {/* The band in force that week, as in the sentence above, not necessarily today's. */}
            {latest.hasBand ? (
              <>
                <meter
                  className="week-meter"
                  min={0}
                  max={asHours(latest.weeklyMinutes.max)}
                  value={asHours(latest.minutes)}
                  aria-label={latest.isThisWeek ? "Hours attended this week" : "Hours attended that week"}
                  aria-valuetext={`${formatHoursPhrase(latest.minutes)} of ${formatHourBand(latest.weeklyMinutes)}`}
                />
                <div className="week-meter__scale" aria-hidden="true">
                  <span>0</span>
                  <span>Plan: {formatHourBand(latest.weeklyMinutes)}</span>
                </div>
              </>
            ) : null}
            <p id="latest-days">{latest.days}</p>
            <DaysAttended week={latest} labelledBy="latest-days" />
            {plan.stillAhead ? (
              <p>
                {plan.stillAhead} <Link href="/schedule">See your schedule</Link>
              </p>
            ) : null}
          </section>
          {earlier.length > 0 ? (
            <section className="card" aria-labelledby="earlier-heading">
              <h2 id="earlier-heading">Earlier weeks</h2>
              <ul className="week-list" aria-labelledby="earlier-heading">
                {earlier.map((week) => (
                  <li key={week.weekStart}>
                    <h3 id={`week-${week.weekStart}`}>{formatWeekRange(week.weekStart)}</h3>
                    <p>{week.summary}</p>
                    <p className="muted" id={`days-${week.weekStart}`}>
                      {week.days}
                    </p>
                    <DaysAttended week={week} labelledBy={`days-${week.weekStart}`} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <p className="muted">
            Hours are counted from the attendance your care team records after each session, so today&apos;s sessions may
            take a little while to appear. Questions about your hours? Your care team is happy to go over them with you.
          </p>
        </div>
      )}
    </>
  );
}
