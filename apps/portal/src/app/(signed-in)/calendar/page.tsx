import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { CalendarLinkPanel } from "~/components/calendar/calendar-link-panel";
import { NoPlanOnThisAccount } from "~/components/plan/no-plan-on-this-account";
import { requireClientUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Calendar" };

export default async function CalendarPage() {
  // A family account has no schedule of its own to subscribe to.
  await requireClientUser();
  let status;
  try {
    status = await getQueryClient().fetchQuery(trpc.calendar.status.queryOptions());
  } catch (error) {
    // A client account whose record can't be read is told so kindly, not shown an error.
    if (trpcErrorCode(error) === "NOT_FOUND") return <NoPlanOnThisAccount title="Calendar" />;
    handleApiError(error);
  }

  return (
    <>
      <div className="page-intro">
        <h1>Calendar</h1>
        <p className="lede">See your sessions in the calendar on your phone or computer, kept up to date for you.</p>
      </div>
      <div className="grid grid--two">
        <CalendarLinkPanel enabled={status.enabled} />
        <section className="card" aria-labelledby="privacy-heading">
          <h2 id="privacy-heading">What your calendar shows</h2>
          <p>
            Each session appears as <strong>Program session</strong>, with its time and whether it&apos;s in person or by video. It never says what the
            session is about or which program you&apos;re in, because calendars can show up on lock screens and
            notifications.
          </p>
          <p>
            Video links aren&apos;t included. To join a video session, use the link on <Link href="/schedule">My schedule</Link>.
          </p>
          <p>Sessions from the last two weeks and the next eight weeks are included. Cancelled sessions are marked cancelled.</p>
        </section>
        <section className="card grid__full" aria-labelledby="howto-heading">
          <h2 id="howto-heading">How to add it</h2>
          <p>First make your link and copy it. Then:</p>
          <h3 id="howto-iphone">iPhone or iPad</h3>
          <ol aria-labelledby="howto-iphone">
            <li>Tap &ldquo;Open in my calendar app&rdquo; above, then &ldquo;Subscribe&rdquo;.</li>
            <li>
              Or open Settings, then Calendar, Calendar Accounts, Add Account, Other, and Add Subscribed Calendar. Paste the
              link.
            </li>
          </ol>
          <h3 id="howto-google">Android or Google Calendar</h3>
          <ol aria-labelledby="howto-google">
            <li>On a computer, open Google Calendar in a web browser.</li>
            <li>Next to &ldquo;Other calendars&rdquo;, choose the plus sign, then &ldquo;From URL&rdquo;.</li>
            <li>Paste the link and choose &ldquo;Add calendar&rdquo;. It then shows on your Android phone too.</li>
          </ol>
          <h3 id="howto-outlook">Outlook</h3>
          <ol aria-labelledby="howto-outlook">
            <li>Choose Add calendar, then Subscribe from web.</li>
            <li>Paste the link and name the calendar.</li>
          </ol>
          <p className="muted">
            Calendar apps check for changes on their own schedule, often every few hours, so a change may take a while to
            show. My schedule here is always up to date.
          </p>
        </section>
      </div>
    </>
  );
}
