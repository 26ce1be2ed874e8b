import type { StaffOutputs } from "@stepwise/api/staff";
import { describeSessionCancelRefusal } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate, formatWallClock } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getQueryClient, trpc } from "~/trpc/server";
import { SessionCancelForm, SessionEditForm } from "~/components/sessions/session-edit-forms";

export const metadata: Metadata = { title: "Edit session" };

export default async function EditSessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  let session: StaffOutputs["sessions"]["detail"];
  try {
    session = await getQueryClient().fetchQuery(trpc.sessions.detail.queryOptions({ sessionId }));
  } catch (error) {
    const code = trpcErrorCode(error);
    if (code === "BAD_REQUEST") notFound();
    handleApiError(error);
  }
  const timeZone = session.program.timeZone;
  return (
    <>
      <Link href={`/programs/${session.program.id}?week=${session.occursOn}`} className="back-link">
        ← {session.program.name}
      </Link>
      <div className="page-intro">
        <h1>{session.title}</h1>
        <p className="muted">
          {staffLabels.sessionKind[session.kind]} · {formatCalendarDate(session.occursOn)}, {formatWallClock(session.startTime)}–
          {formatWallClock(session.endTime)} ({timeZone})
          {session.scheduleOption ? ` · ${session.scheduleOption.name}` : ""}
        </p>
        <p className="small">
          Changes here apply to this one session only
          {session.template ? `; the "${session.template.title}" template and its other sessions stay as they are` : ""}.{" "}
          <Link href={`/sessions/${session.id}`}>Attendance for this session</Link>
        </p>
        {session.editedAt ? <Badge tone="info">Edited</Badge> : null}
      </div>
      {session.cancelledAt ? (
        <section className="card" aria-labelledby="cancelled-heading">
          <h2 id="cancelled-heading">Cancelled</h2>
          <p>Reason: {session.cancellationReason}</p>
          <p className="muted">A cancelled session can&apos;t be edited.</p>
        </section>
      ) : (
        <div className="grid grid--two">
          <section className="card" aria-labelledby="edit-heading">
            <h2 id="edit-heading">Edit this session</h2>
            <SessionEditForm session={{ ...session, programId: session.program.id }} facilitators={session.facilitators} />
          </section>
          <section className="card" aria-labelledby="cancel-heading">
            <h2 id="cancel-heading">Cancel this session</h2>
            {session.started ? (
              <p className="muted">{describeSessionCancelRefusal({ kind: "started", startsAt: session.startsAt })}</p>
            ) : (
              <SessionCancelForm sessionId={session.id} programId={session.program.id} />
            )}
          </section>
        </div>
      )}
    </>
  );
}
