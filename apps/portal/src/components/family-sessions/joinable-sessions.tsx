import { familySessionFormatLabels } from "@stepwise/domain";
import { formatInstant } from "@stepwise/ui/format";
import { JoinableSessionItem } from "./joinable-session-item";
import { SessionWhenAndWhere } from "./session-facts";
import { SignUpForm } from "./sign-up-form";
import type { JoinableSession } from "./types";

function seatsWords(session: JoinableSession): string {
  const left = session.capacity - session.seatsTaken;
  if (left > 0) return `${left} of ${session.capacity} ${session.capacity === 1 ? "seat" : "seats"} left`;
  const waiting = session.waitlistLength === 0 ? "" : ` (${session.waitlistLength} waiting)`;
  return `Full — join the waitlist${waiting}`;
}

/**
 * Family sessions open to the caller that they haven't signed up for yet; `forClient` when the
 * caller is the client. `sessions` are all the sessions open to them: one signed up for on this
 * page stays in place (JoinableSessionItem).
 */
export function JoinableSessions({
  sessions,
  sayWhoseFamily,
  forClient,
}: {
  sessions: readonly JoinableSession[];
  sayWhoseFamily: boolean;
  forClient: boolean;
}) {
  if (sessions.every((session) => session.mySignUp !== null)) {
    return (
      <p className="muted">
        {forClient ? "There are no family sessions for you and your family right now." : "There are no family sessions open to you right now."} When
        the care team plans one, it will appear here.
      </p>
    );
  }
  return (
    <ul className="sessions" aria-labelledby="joinable-heading">
      {sessions.map((session) => {
        const full = session.seatsTaken >= session.capacity;
        const [only] = session.forClients;
        return (
          <JoinableSessionItem key={session.sessionId} heldAlready={session.mySignUp !== null}>
            <div className="session__head">
              <h3 className="session__title">{session.title}</h3>
              {familySessionFormatLabels[session.format] === session.title ? null : (
                <span className="muted small">{familySessionFormatLabels[session.format]}</span>
              )}
            </div>
            <SessionWhenAndWhere session={session} />
            {sayWhoseFamily && session.forClients.length === 1 && only ? (
              <p className="session__meta">For {only.name}&apos;s family</p>
            ) : null}
            <p>{seatsWords(session)}</p>
            {session.closedReason ? (
              <p className="session__meta">{session.closedReason}</p>
            ) : (
              <>
                <p className="session__meta small">Sign-ups close {formatInstant(session.signUpsCloseAt, session.timeZone)}.</p>
                <SignUpForm sessionId={session.sessionId} title={session.title} forClients={session.forClients} full={full} held={session.mySignUp !== null} />
              </>
            )}
          </JoinableSessionItem>
        );
      })}
    </ul>
  );
}
