import { instantToZonedDate, instantToZonedTime, lastNameFirst } from "@stepwise/domain";
import { sessionProcedure } from "../scopes";
import { findFacilitators } from "../../queries/staff-members.queries";

/**
 * One dated session as its edit page needs it: local date and times in the program's zone,
 * place, facilitator, whether it was edited or cancelled, and the staff who may facilitate.
 * An individual session names its client, so reading it is audited, and needs client.read.
 */
export const sessionDetail = sessionProcedure("program.write", { lock: false }).query(async ({ ctx }) => {
  const { session, program, option, template, sessionClient: client } = ctx;
  const timeZone = program.timeZone;
  const now = new Date();
  return {
    id: session.id,
    program,
    scheduleOption: option,
    template,
    client: client && session.clientId ? { id: session.clientId, name: lastNameFirst(client) } : null,
    kind: session.kind,
    title: session.title,
    occursOn: session.occursOn ?? instantToZonedDate(session.startsAt, timeZone),
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    startTime: instantToZonedTime(session.startsAt, timeZone),
    endTime: instantToZonedTime(session.endsAt, timeZone),
    facilitatorStaffId: session.facilitatorStaffId,
    location: session.location,
    videoUrl: session.videoUrl,
    capacity: session.capacity,
    cancelledAt: session.cancelledAt,
    cancellationReason: session.cancellationReason,
    editedAt: session.editedAt,
    started: session.startsAt.getTime() <= now.getTime(),
    facilitators: await findFacilitators(ctx.db),
  };
});
