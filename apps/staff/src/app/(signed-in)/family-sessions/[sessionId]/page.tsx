import type { StaffOutputs } from "@stepwise/api/staff";
import { familySessionFormatLabels, staffMay } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatInstant, isoInstant } from "@stepwise/ui/format";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SessionIntro } from "~/components/sessions/session-intro";
import { SessionPlace } from "~/components/sessions/session-place";
import { requireSignedInUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";
import { CancelFamilySessionForm } from "~/components/family-sessions/cancel-family-session-form";
import { SignUpTable } from "~/components/family-sessions/sign-up-table";

// Family names stay out of the tab title: the sign-ups are PHI on a shared screen.
export const metadata: Metadata = { title: "Family session" };

export default async function FamilySessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const user = await requireSignedInUser();
  let session: StaffOutputs["familySessions"]["detail"];
  try {
    session = await getQueryClient().fetchQuery(trpc.familySessions.detail.queryOptions({ sessionId }));
  } catch (error) {
    const code = trpcErrorCode(error);
    // A malformed id names no session: the same answer as one that doesn't exist.
    if (code === "BAD_REQUEST") notFound();
    handleApiError(error);
  }
  const timeZone = session.program.timeZone;
  const canCancel = user.staff !== null && staffMay(user.staff.role, "family_session.write");
  const active = [...session.confirmed, ...session.waitlist];
  // A family member whose consent has ended is no longer told about the session.
  const toNotify = active.filter((signUp) => !signUp.consentEnded).length;
  const consentEnded = active.length - toNotify;

  return (
    <>
      <SessionIntro back={{ href: "/family-sessions", label: "Family sessions" }} session={session} timeZone={timeZone}>
        {session.cancelled ? (
          <p>
            <Badge tone="neutral">Cancelled</Badge> {session.cancelled.reason}
          </p>
        ) : null}
      </SessionIntro>

      <section className="card" aria-labelledby="about-heading">
        <h2 id="about-heading" className="visually-hidden">
          About this session
        </h2>
        <dl className="facts">
          <dt>Format</dt>
          <dd>{familySessionFormatLabels[session.format]}</dd>
          {session.client ? (
            <>
              <dt>For the family of</dt>
              <dd>
                <Link href={`/clients/${session.client.id}`}>{session.client.name}</Link>
              </dd>
            </>
          ) : null}
          <dt>Place</dt>
          <dd>
            <SessionPlace location={session.location} videoUrl={session.videoUrl} />
          </dd>
          <dt>Facilitator</dt>
          <dd>
            {session.facilitator
              ? `${session.facilitator.name}${session.facilitator.credentials ? `, ${session.facilitator.credentials}` : ""}`
              : "Not assigned"}
          </dd>
          <dt>Seats taken</dt>
          <dd>
            {session.confirmed.length} of {session.capacity}
          </dd>
          <dt>Waitlist</dt>
          <dd>{session.waitlist.length === 0 ? "Nobody" : session.waitlist.length}</dd>
          <dt>Sign-ups close</dt>
          <dd>
            <time dateTime={isoInstant(session.signUpsCloseAt)}>{formatInstant(session.signUpsCloseAt, timeZone)}</time>
          </dd>
        </dl>
      </section>

      {consentEnded > 0 ? (
        <p className="notice">
          {consentEnded === 1 ? "1 place is" : `${consentEnded} places are`} held by family members whose consent to share family
          sessions has ended (marked &ldquo;Consent ended&rdquo;). They no longer hear about this session, and their places are given up
          at the next sign-up or when a seat is passed on.
        </p>
      ) : null}

      <section className="card" aria-labelledby="confirmed-heading">
        <h2 id="confirmed-heading">Signed up ({session.confirmed.length})</h2>
        {session.confirmed.length === 0 ? (
          <p className="muted">Nobody has a seat yet.</p>
        ) : (
          <SignUpTable id="confirmed" caption="Seats taken, in the order they were taken" signUps={session.confirmed} timeZone={timeZone} show="promoted" />
        )}
      </section>

      <section className="card" aria-labelledby="waitlist-heading">
        <h2 id="waitlist-heading">Waitlist ({session.waitlist.length})</h2>
        {session.waitlist.length === 0 ? (
          <p className="muted">Nobody is waiting.</p>
        ) : (
          <SignUpTable
            id="waitlist"
            caption="Waiting, in line: when a seat frees up, number 1 takes it"
            signUps={session.waitlist}
            timeZone={timeZone}
            show="none"
          />
        )}
      </section>

      {session.cancelledSignUps.length > 0 ? (
        <section className="card" aria-labelledby="cancelled-sign-ups-heading">
          <h2 id="cancelled-sign-ups-heading">Cancelled sign-ups ({session.cancelledSignUps.length})</h2>
          <SignUpTable id="cancelled-sign-ups" caption="Sign-ups that were cancelled" signUps={session.cancelledSignUps} timeZone={timeZone} show="cancelled" />
        </section>
      ) : null}

      {canCancel && !session.cancelled ? (
        <section className="card" aria-labelledby="cancel-heading">
          <h2 id="cancel-heading">Cancel this family session</h2>
          {session.started ? (
            <p className="muted">This session has already started, so it can&apos;t be cancelled.</p>
          ) : (
            <CancelFamilySessionForm sessionId={session.id} toNotify={toNotify} />
          )}
        </section>
      ) : null}
    </>
  );
}
