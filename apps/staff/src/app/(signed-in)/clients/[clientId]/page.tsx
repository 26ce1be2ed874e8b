import { defaultTimeZone, instantToZonedDate, staffMay } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getQueryClient, trpc } from "~/trpc/server";
import type { ClientDetail } from "~/components/enrollment/types";
import { getSignedInUser } from "~/server/context";
import { CareTeamCard } from "~/components/care-team/care-team-card";
import { AttendanceByWeek } from "~/components/clients/attendance-by-week";
import { ClientFlagsCard } from "~/components/clients/client-flags-card";
import { ContactCard } from "~/components/clients/contact-card";
import { EnrollmentActions } from "~/components/enrollment/enrollment-actions";
import { FamilyConsentsCard } from "~/components/clients/family-consents-card";
import { Timeline } from "~/components/enrollment/enrollment-timeline";
import { NowCard } from "~/components/clients/now-card";
import { RecentSessions } from "~/components/clients/recent-sessions";
import { RecordLinks } from "~/components/clients/record-links";
import { RecordMeasuresLink } from "~/components/measures/record-measures-link";
import { ScheduleCard } from "~/components/clients/schedule-card";

// The client's name stays out of the tab title and browser history: this is PHI on a shared screen.
export const metadata: Metadata = { title: "Client" };

export default async function ClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  let detail: ClientDetail;
  try {
    detail = await getQueryClient().fetchQuery(trpc.clients.detail.queryOptions({ clientId }));
  } catch (error) {
    const code = trpcErrorCode(error);
    // A malformed id names no client: the same answer as one that doesn't exist.
    if (code === "BAD_REQUEST") notFound();
    handleApiError(error);
  }

  const { client, inCare } = detail;
  const enrollmentInCare = inCare ? detail.enrollments.find((e) => e.id === inCare.enrollmentId) : undefined;
  const timeZone = enrollmentInCare?.program.timeZone ?? detail.enrollments[0]?.program.timeZone ?? defaultTimeZone;
  const [user, programs] = await Promise.all([getSignedInUser(), getQueryClient().fetchQuery(trpc.programs.list.queryOptions())]);
  // Only roles that may change enrollments see who can be assigned, and so the care team forms.
  const careTeamOptions =
    user?.staff && staffMay(user.staff.role, "enrollment.write")
      ? await getQueryClient().fetchQuery(trpc.careTeam.options.queryOptions())
      : null;
  const today = instantToZonedDate(new Date(), detail.openEnrollment?.program.timeZone ?? timeZone);

  return (
    <>
      <Link href="/" className="back-link">
        ← Roster
      </Link>
      <div className="page-intro">
        <h1>{client.name}</h1>
        <p className="muted">
          Born {formatCalendarDate(client.dateOfBirth, "medium")} · Portal account:{" "}
          {!client.hasPortalAccount ? "no" : detail.portalAccount?.awaitingPassword ? "password not set yet" : "yes"}
          {detail.isAlumnus ? " · Alumnus" : ""}
        </p>
      </div>
      {user?.staff && staffMay(user.staff.role, "measures.read") ? <RecordMeasuresLink clientId={clientId} timeZone={timeZone} /> : null}
      {user?.staff ? <RecordLinks clientId={clientId} role={user.staff.role} /> : null}

      {/* What needs doing comes first: on a phone the columns stack, and the flags lead. */}
      <div className="grid grid--two">
        <div className="stack">
          <ClientFlagsCard detail={detail} hasActions={Boolean(user?.staff)} />
          {user?.staff && staffMay(user.staff.role, "client.contact") ? <ContactCard clientId={clientId} /> : null}
          <NowCard detail={detail} />
        </div>
        <div className="stack">
          {user?.staff ? (
            <EnrollmentActions
              detail={detail}
              role={user.staff.role}
              staffMemberId={user.staff.staffMemberId}
              programs={programs}
              careTeamOptions={careTeamOptions ?? []}
              today={today}
            />
          ) : null}
          <ScheduleCard detail={detail} />
        </div>
      </div>

      <div className="grid grid--two client-record__history">
        <div className="stack">
          <CareTeamCard detail={detail} options={careTeamOptions} />
          <AttendanceByWeek detail={detail} />
          <RecentSessions detail={detail} timeZone={timeZone} />
        </div>
        <div className="stack">
          <FamilyConsentsCard clientId={client.id} timeZone={timeZone} />
          <Timeline detail={detail} />
        </div>
      </div>
    </>
  );
}
