import type { StaffOutputs } from "@stepwise/api/staff";
import { attendanceAction, attendanceActionLabels, staffMay } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { staffLabels } from "@stepwise/ui/labels";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AttendanceForm } from "~/components/sessions/attendance-form";
import { MarkEveryonePresentForm } from "~/components/sessions/mark-everyone-present-form";
import { ReadOnlyRoster } from "~/components/sessions/read-only-roster";
import { SessionIntro } from "~/components/sessions/session-intro";
import { SessionPlace } from "~/components/sessions/session-place";
import { requireSignedInUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";
import { markEveryonePresent, saveAttendance } from "./actions";

type SessionRoster = StaffOutputs["attendance"]["roster"];

// Client names stay out of the tab title: the roster is PHI on a shared screen.
export const metadata: Metadata = { title: "Attendance" };

export default async function SessionAttendancePage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const user = await requireSignedInUser();
  const canEditSession = user.staff !== null && staffMay(user.staff.role, "program.write");
  let data: SessionRoster;
  try {
    data = await getQueryClient().fetchQuery(trpc.attendance.roster.queryOptions({ sessionId }));
  } catch (error) {
    const code = trpcErrorCode(error);
    // A malformed id names no session: the same answer as one that doesn't exist.
    if (code === "BAD_REQUEST") notFound();
    handleApiError(error);
  }
  const { session, roster } = data;
  const timeZone = session.program.timeZone;
  const withoutRecord = roster.filter((entry) => entry.record === null).length;

  return (
    <>
      <SessionIntro back={{ href: "/sessions", label: "Sessions" }} session={session} timeZone={timeZone} />

      {!session.attendance.open ? (
        <>
          <p className="notice" role="status">
            {session.attendance.reason}
          </p>
          <ReadOnlyRoster roster={roster} timeZone={timeZone} />
        </>
      ) : roster.length === 0 ? (
        <p className="card">Nobody is on this session&apos;s roster: no client follows its schedule option on this date.</p>
      ) : (
        <div className="card attendance">
          <MarkEveryonePresentForm action={markEveryonePresent} sessionId={session.id} withoutRecord={withoutRecord} />
          <AttendanceForm
            action={saveAttendance}
            heading={attendanceActionLabels[attendanceAction({ expected: roster.length, recorded: roster.length - withoutRecord })]}
            sessionId={session.id}
            sessionMinutes={session.lengthMinutes}
            timeZone={timeZone}
            entries={roster}
          />
        </div>
      )}

      {/* The attendance comes first, what staff came for; the session's details follow it. */}
      <section className="card" aria-labelledby="session-heading">
        <h2 id="session-heading">About this session</h2>
        <dl className="facts">
          <dt>Kind</dt>
          <dd>
            {staffLabels.sessionKind[session.kind]} ({session.format === "group" ? "group" : "individual"})
          </dd>
          <dt>Length</dt>
          <dd>{session.lengthMinutes} minutes</dd>
          <dt>Place</dt>
          <dd>
            <SessionPlace location={session.location} videoUrl={session.videoUrl} />
          </dd>
          <dt>Facilitator</dt>
          <dd>{session.facilitator ?? "Not assigned"}</dd>
          <dt>Recorded</dt>
          <dd>
            {roster.length - withoutRecord} of {roster.length}
          </dd>
        </dl>
        {session.cancelled ? (
          <p>
            <Badge tone="neutral">Cancelled</Badge> {session.cancelled.reason}
          </p>
        ) : null}
        {canEditSession ? (
          <p>
            <Link href={`/sessions/${session.id}/edit`} className="target-link">
              Edit this session
            </Link>
          </p>
        ) : null}
      </section>
    </>
  );
}
