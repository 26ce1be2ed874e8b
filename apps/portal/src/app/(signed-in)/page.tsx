import { errorLogSummary, isInCare } from "@stepwise/domain";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import { DueCheckIns } from "~/components/check-ins/due-check-ins";
import type { DueCheckIn } from "~/components/check-ins/types";
import { CareLevelComparison } from "~/components/plan/care-level-comparison";
import { CareTeam } from "~/components/plan/care-team";
import { ContinuingCare } from "~/components/plan/continuing-care";
import { LevelOfCare } from "~/components/plan/level-of-care";
import { NextSession } from "~/components/plan/next-session";
import { NextStep } from "~/components/plan/next-step";
import { NotEnrolled } from "~/components/plan/not-enrolled";
import { ThisWeek } from "~/components/plan/this-week";
import type { EnrolledPlan, Plan } from "~/components/plan/types";
import { Upcoming } from "~/components/plan/upcoming";
import { SharedWithMe } from "~/components/shared-with-me/shared-with-me";
import { PlanToSignCard } from "~/components/treatment-plan/plan-to-sign-card";
import { getSignedInUser } from "~/server/context";
import { requireSignedInUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

/** The home page is "My plan" for a client and "Shared with me" for a family member. */
export async function generateMetadata(): Promise<Metadata> {
  const user = await getSignedInUser();
  return { title: user?.kind === "family" ? "Shared with me" : "My plan" };
}

function isEnrolled(plan: Plan): plan is EnrolledPlan {
  return plan.enrollment !== null;
}

/** The levels compared, folded away: worth reading once, not on every visit. */
function Comparison({ plan }: { plan: EnrolledPlan }) {
  return (
    <section className="card grid__full" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Levels of care</h2>
      <p className="muted">
        Programs differ in how many hours a week they ask of you. Your care team recommends the level that fits you now,
        and it can change as you make progress.
      </p>
      <details className="action-panel">
        <summary>How the levels compare</summary>
        <CareLevelComparison current={plan.enrollment.level.code} />
      </details>
    </section>
  );
}

/**
 * The plan while the program runs (active or paused): any check-in open now first, then the next session (when and where),
 * a treatment plan waiting for the client's signature, then this week in brief and the care team, each a short card; the schedule and the hours week by
 * week are a link away, not repeated here.
 */
function RunningPlan({ plan, now, due, planToSign }: { plan: EnrolledPlan; now: Date; due: readonly DueCheckIn[]; planToSign: boolean }) {
  return (
    <div className="grid grid--two">
      {due.length > 0 ? (
        <div className="grid__full">
          <DueCheckIns due={due} />
        </div>
      ) : null}
      <div className="stack">
        <NextSession
          sessions={[...plan.thisWeek.sessions, ...plan.upcoming]}
          timeZone={plan.enrollment.program.timeZone}
          address={plan.enrollment.program.address}
          now={now}
        />
        {planToSign ? <PlanToSignCard /> : null}
        {plan.nextStep ? <NextStep words={plan.nextStep} /> : null}
        <ThisWeek plan={plan} />
      </div>
      <div className="stack">
        <CareTeam careTeam={plan.careTeam} />
        <LevelOfCare enrollment={plan.enrollment} now={now} />
      </div>
      <Comparison plan={plan} />
    </div>
  );
}

/** Referred or waiting for intake: what happens next, and any appointment already booked. */
function BeforeTheProgram({ plan, now }: { plan: EnrolledPlan; now: Date }) {
  return (
    <div className="grid grid--two">
      <div className="stack">
        {plan.nextStep ? <NextStep words={plan.nextStep} intakeOn={plan.enrollment.intakeOn} /> : null}
        {plan.thisWeek.sessions.length + plan.upcoming.length > 0 ? <Upcoming plan={plan} now={now} includeThisWeek /> : null}
      </div>
      <div className="stack">
        {plan.careTeam.length > 0 ? <CareTeam careTeam={plan.careTeam} /> : null}
      </div>
      <Comparison plan={plan} />
    </div>
  );
}

/**
 * After discharge: the continuing-care plan first, then the program as it was. A next step here
 * is a later referral that closed before it started.
 */
function AfterTheProgram({ plan, now, due }: { plan: EnrolledPlan; now: Date; due: readonly DueCheckIn[] }) {
  return (
    <div className="grid grid--two">
      {due.length > 0 ? (
        <div className="grid__full">
          <DueCheckIns due={due} />
        </div>
      ) : null}
      {plan.nextStep ? (
        <div className="grid__full">
          <NextStep words={plan.nextStep} />
        </div>
      ) : null}
      <div className="stack">{plan.continuingCare ? <ContinuingCare care={plan.continuingCare} /> : null}</div>
      <div className="stack">
        <LevelOfCare enrollment={plan.enrollment} now={now} />
        <CareTeam careTeam={plan.careTeam} />
      </div>
    </div>
  );
}

/** A family member's home: the people who share something with them now. */
async function SharedWithMePage({ displayName }: { displayName: string }) {
  let clients;
  try {
    clients = await getQueryClient().fetchQuery(trpc.sharedWithMe.clients.queryOptions());
  } catch (error) {
    handleApiError(error);
  }
  return <SharedWithMe clients={clients} displayName={displayName} />;
}

/** The check-ins open now; a list that can't be read leaves the rest of the plan in view. */
async function dueCheckIns(): Promise<readonly DueCheckIn[]> {
  try {
    return (await getQueryClient().fetchQuery(trpc.checkIns.due.queryOptions())).due;
  } catch (error) {
    console.error("[plan] check-ins could not be read:", errorLogSummary(error));
    return [];
  }
}

/** Whether the treatment plan waits for the client's signature; a plan that can't be read leaves the rest in view. */
async function treatmentPlanAwaitsSignature(): Promise<boolean> {
  try {
    const { awaitsSignature } = await getQueryClient().fetchQuery(trpc.treatmentPlan.status.queryOptions());
    return awaitsSignature;
  } catch (error) {
    console.error("[plan] treatment plan could not be read:", errorLogSummary(error));
    return false;
  }
}

export default async function MyPlanPage() {
  const user = await requireSignedInUser();
  if (user.kind === "family") return <SharedWithMePage displayName={user.displayName} />;

  let plan: Plan | null;
  try {
    plan = await getQueryClient().fetchQuery(trpc.plan.mine.queryOptions());
  } catch (error) {
    // A client account whose record can't be read is told so kindly, not shown an error.
    if (trpcErrorCode(error) === "NOT_FOUND") plan = null;
    else handleApiError(error);
  }
  const now = new Date();
  const status = plan && isEnrolled(plan) ? plan.enrollment.status : null;
  const inCare = status !== null && isInCare(status);
  const [due, planToSign] = await Promise.all([inCare || status === "discharged" ? dueCheckIns() : [], inCare ? treatmentPlanAwaitsSignature() : false]);

  return (
    <>
      <div className="page-intro">
        {plan ? <p className="eyebrow">Hi, {plan.greetingName}</p> : null}
        <h1>My plan</h1>
        {plan?.alumnus ? <p className="lede">Welcome back. You&apos;re part of our alumni community.</p> : null}
      </div>
      {!plan ? (
        <NotEnrolled hasRecord={false} />
      ) : !isEnrolled(plan) ? (
        plan.nextStep ? (
          <NextStep words={plan.nextStep} />
        ) : (
          <NotEnrolled hasRecord />
        )
      ) : inCare ? (
        <RunningPlan plan={plan} now={now} due={due} planToSign={planToSign} />
      ) : status === "discharged" ? (
        <AfterTheProgram plan={plan} now={now} due={due} />
      ) : (
        <BeforeTheProgram plan={plan} now={now} />
      )}
    </>
  );
}
