import { familySessionFormatOf, lastNameFirst, signUpsCloseAt } from "@stepwise/domain";
import type { FamilySessionRow } from "./family-sessions.queries";

/** A family session as the staff pages show it, whichever page. */
export function familySessionView(session: FamilySessionRow, now: Date) {
  return {
    id: session.id,
    title: session.title,
    program: session.program,
    format: familySessionFormatOf(session),
    /** The family's client, for a one-family session. */
    client: session.clientId && session.client ? { id: session.clientId, name: lastNameFirst(session.client) } : null,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    location: session.location,
    videoUrl: session.videoUrl,
    facilitator: session.facilitator,
    capacity: session.capacity ?? 0,
    signUpCutoffMinutes: session.signUpCutoffMinutes ?? 0,
    signUpsCloseAt: signUpsCloseAt({ startsAt: session.startsAt, signUpCutoffMinutes: session.signUpCutoffMinutes ?? 0 }),
    started: session.startsAt.getTime() <= now.getTime(),
    ended: session.endsAt.getTime() <= now.getTime(),
    cancelled: session.cancelledAt ? { at: session.cancelledAt, reason: session.cancellationReason } : null,
  };
}
