import { type ProgramAddress, nextSessionOf } from "@stepwise/domain";
import { formatSessionDay, formatTimeRange, isoInstant } from "@stepwise/ui/format";
import { clientLabels } from "@stepwise/ui/labels";
import Link from "next/link";
import { SessionPlace } from "../sessions/session-place";
import type { ClientSession } from "./types";

/** How to get to the session: a join button while its video link can be used, else where it meets. */
function HowToAttend({ session, address }: { session: ClientSession; address: ProgramAddress }) {
  return (
    <>
      {session.location ? (
        <>
          <p className="next-session__place">
            <span className="muted">Where:</span> {session.location}
          </p>
          <SessionPlace address={address} />
        </>
      ) : null}
      {session.videoUrl ? (
        <p>
          <a className="button" href={session.videoUrl} target="_blank" rel="noopener noreferrer">
            Join by video<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      ) : session.byVideo ? (
        <p>By video. The link to join appears here before the session starts.</p>
      ) : null}
      {!session.location && !session.byVideo ? <p className="muted">Where: to be confirmed. Your care team will let you know.</p> : null}
    </>
  );
}

/** The first thing a client sees: the session happening now or the next one, when and where. */
export function NextSession({
  sessions,
  timeZone,
  address,
  now,
}: {
  sessions: readonly ClientSession[];
  timeZone: string;
  /** Where the program's in-person sessions meet: its own address or the center's. */
  address: ProgramAddress;
  now: Date;
}) {
  const next = nextSessionOf(sessions, now);
  if (!next) {
    return (
      <section className="card next-session" aria-labelledby="next-session-heading">
        <h2 id="next-session-heading">Your next session</h2>
        <p>Nothing is on your schedule yet. Your care team will add your sessions here.</p>
        <p>
          <Link className="target-link" href="/schedule">
            My schedule
          </Link>
        </p>
      </section>
    );
  }
  const { session, happeningNow } = next;
  const kind = clientLabels.sessionKind[session.kind];
  return (
    <section className="card next-session" aria-labelledby="next-session-heading">
      <h2 id="next-session-heading">{happeningNow ? "Happening now" : "Your next session"}</h2>
      <p className="next-session__when">
        <time dateTime={isoInstant(session.startsAt)}>
          {formatSessionDay(session.startsAt, timeZone)}, {formatTimeRange(session.startsAt, session.endsAt, timeZone)}
        </time>
      </p>
      <p>
        <strong>{kind}</strong>
        {session.title && session.title !== kind ? `: ${session.title}` : null}
        {session.facilitatorName ? <span className="muted"> · with {session.facilitatorName}</span> : null}
      </p>
      <HowToAttend session={session} address={address} />
      <p className="muted small">Times are shown in your program&apos;s time zone.</p>
    </section>
  );
}
