import { type CenterSettings, familySessionFormatOf, placeOf, programAddressOf } from "@stepwise/domain";

/**
 * What a client or family member is told about a family session they may attend: the room and,
 * for one held in person, the program's address are fine here, since they come.
 */
export function participantSessionView(
  session: {
  id: string;
  clientId: string | null;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  videoUrl: string | null;
  timeZone: string;
  programAddressLines: string[] | null;
  programParkingNote: string | null;
  },
  center: Pick<CenterSettings, "addressLines">,
) {
  return {
    sessionId: session.id,
    title: session.title,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    timeZone: session.timeZone,
    place: placeOf({ location: session.location, byVideo: session.videoUrl !== null }),
    location: session.location,
    address: session.location === null ? null : programAddressOf({ addressLines: session.programAddressLines, parkingDirections: session.programParkingNote }, center),
    format: familySessionFormatOf(session),
  };
}
