import { familySessionFormatOf, placeOf } from "@stepwise/domain";

/** What a client or family member is told about a family session they may attend: the room is fine here, since they come. */
export function participantSessionView(session: {
  id: string;
  clientId: string | null;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  videoUrl: string | null;
  timeZone: string;
}) {
  return {
    sessionId: session.id,
    title: session.title,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    timeZone: session.timeZone,
    place: placeOf({ location: session.location, byVideo: session.videoUrl !== null }),
    location: session.location,
    format: familySessionFormatOf(session),
  };
}
