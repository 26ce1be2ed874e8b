import Link from "next/link";
import { SessionList } from "../sessions/session-list";
import type { EnrolledPlan } from "./types";

/** What comes after this week (or, before a program starts, every appointment already booked). */
export function Upcoming({ plan, now, includeThisWeek = false }: { plan: EnrolledPlan; now: Date; includeThisWeek?: boolean }) {
  const sessions = includeThisWeek ? [...plan.thisWeek.sessions, ...plan.upcoming] : plan.upcoming;
  return (
    <section className="card" aria-labelledby="upcoming-heading">
      <h2 id="upcoming-heading">Coming up</h2>
      {sessions.length > 0 ? (
        <SessionList sessions={sessions} timeZone={plan.enrollment.program.timeZone} now={now} />
      ) : (
        <p className="muted">Nothing is scheduled after this week yet. Your care team will add sessions here.</p>
      )}
      <p>
        <Link href="/schedule">See your full schedule</Link>
      </p>
    </section>
  );
}
