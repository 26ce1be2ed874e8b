import { formatCalendarDate } from "@stepwise/ui/format";
import Link from "next/link";
import "~/styles/check-ins.css";
import { checkInPath } from "./check-in-state";
import type { DueCheckIn } from "./types";

/** The check-ins open now, one short card each with a large link to answer it; nothing when none is open. */
export function DueCheckIns({ due }: { due: readonly DueCheckIn[] }) {
  if (due.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="due-check-ins-heading">
      <h2 id="due-check-ins-heading" className="visually-hidden">
        Check-ins for you
      </h2>
      <ul className="due-check-ins">
        {due.map((checkIn) => {
          const headingId = `due-${checkIn.instrument}-${checkIn.occasion}-${checkIn.dueOn}`;
          return (
            <li key={headingId} className="card due-check-in">
              <p className="eyebrow">A check-in from your care team</p>
              <h3 id={headingId}>{checkIn.name}</h3>
              <p>
                About {checkIn.questionCount} questions. Open until {formatCalendarDate(checkIn.expiresOn)}.
                {checkIn.started ? " Your answers so far are saved." : null}
              </p>
              <Link className="button due-check-in__start" href={checkInPath(checkIn)}>
                {checkIn.started ? "Continue" : "Start"}
                <span className="visually-hidden">: {checkIn.name}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
