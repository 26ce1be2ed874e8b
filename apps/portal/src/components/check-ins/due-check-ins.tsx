import { formatCalendarDate } from "@stepwise/ui/format";
import Link from "next/link";
import "~/styles/check-ins.css";
import { checkInPath } from "./check-in-state";
import type { DueCheckIn } from "./types";

/**
 * The check-ins open now, in one short card: each a full-width link to answer it, with how long
 * it is and until when it is open. Short on purpose, so the next session still shows on a
 * phone's first screen. Nothing when none is open.
 */
export function DueCheckIns({ due }: { due: readonly DueCheckIn[] }) {
  if (due.length === 0) return null;
  return (
    <section className="card due-check-ins" aria-labelledby="due-check-ins-heading">
      <h2 id="due-check-ins-heading">{due.length === 1 ? "A check-in for you" : `${due.length} check-ins for you`}</h2>
      <p className="muted">From your care team, a few minutes each.</p>
      <ul className="due-check-ins__list">
        {due.map((checkIn) => (
          <li key={`${checkIn.instrument}-${checkIn.occasion}-${checkIn.dueOn}`}>
            <Link className="due-check-in" href={checkInPath(checkIn)}>
              <span className="due-check-in__title">
                {checkIn.started ? "Continue: " : "Start: "}
                {checkIn.name}
              </span>
              <span className="due-check-in__facts">
                {checkIn.questionCount} questions · open until {formatCalendarDate(checkIn.expiresOn)}
                {checkIn.started ? " · your answers so far are saved" : null}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
