import { formatSessionDay, formatTimeRange, isoInstant } from "@stepwise/ui/format";
import { SessionPlace } from "../sessions/session-place";
import { sessionPlaceWords } from "../shared-with-me/shared-words";
import type { JoinableSession } from "./types";

type Session = Pick<JoinableSession, "startsAt" | "endsAt" | "timeZone" | "place" | "location" | "address">;

/** When and where (the room, and the address for a session held in person), in the program's time zone. */
export function SessionWhenAndWhere({ session }: { session: Session }) {
  return (
    <>
      <p className="session__when">
        {formatSessionDay(session.startsAt, session.timeZone)},{" "}
        <time dateTime={isoInstant(session.startsAt)}>{formatTimeRange(session.startsAt, session.endsAt, session.timeZone)}</time>
      </p>
      <p className="session__meta">
        {sessionPlaceWords(session.place)}
        {session.location ? ` · ${session.location}` : null}
      </p>
      {session.address ? <SessionPlace address={session.address} /> : null}
    </>
  );
}
