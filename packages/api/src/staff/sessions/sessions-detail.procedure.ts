import { instantToZonedDate, instantToZonedTime } from "@stepwise/domain";
import { z } from "zod";
import { recordAudit } from "../../audit";
import { inTransactionOrNotFound } from "../../out-of-reach";
import { staffProcedure } from "../../trpc";
import { displayName } from "../names";
import { reachSession } from "./session-reach";
import { findFacilitators } from "./sessions.queries";

/**
 * One dated session as its edit page needs it: local date and times in the program's zone,
 * place, facilitator, whether it was edited or cancelled, and the staff who may facilitate.
 * An individual session names its client, so reading it is audited, and needs client.read.
 */
export const sessionDetail = staffProcedure("program.write")
  .input(z.object({ sessionId: z.uuid() }))
  .query(({ ctx, input }) =>
    inTransactionOrNotFound(ctx, { action: "sessions.detail", resourceType: "program_session", resourceId: input.sessionId }, async (tx) => {
      const found = await reachSession(tx, input.sessionId, ctx.staff.role);
      if (!("session" in found)) return found;
      const { session, program, option, template, client } = found;
      if (session.clientId) {
        await recordAudit(tx, ctx.caller, {
          action: "sessions.detail",
          outcome: "allowed",
          subjectClientId: session.clientId,
          resourceType: "program_session",
          resourceId: session.id,
        });
      }
      const timeZone = program.timeZone;
      const now = new Date();
      return {
        id: session.id,
        program,
        scheduleOption: option,
        template,
        client: client && session.clientId ? { id: session.clientId, name: displayName(client) } : null,
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
        facilitators: await findFacilitators(tx),
      };
    }),
  );
