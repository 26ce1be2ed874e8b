import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import { CareLevelComparison } from "~/components/plan/care-level-comparison";
import { CareTeam } from "~/components/plan/care-team";
import { LevelOfCare } from "~/components/plan/level-of-care";
import { NotEnrolled } from "~/components/plan/not-enrolled";
import { ThisWeek } from "~/components/plan/this-week";
import type { EnrolledPlan, Plan } from "~/components/plan/types";
import { Upcoming } from "~/components/plan/upcoming";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "My plan" };

function isEnrolled(plan: Plan): plan is EnrolledPlan {
  return plan.enrollment !== null;
}

export default async function MyPlanPage() {
  let plan: Plan | null;
  try {
    plan = await getQueryClient().fetchQuery(trpc.plan.mine.queryOptions());
  } catch (error) {
    // A family member's account has no plan of its own: that is not an error to them.
    if (trpcErrorCode(error) === "NOT_FOUND") plan = null;
    else handleApiError(error);
  }
  const now = new Date();

  return (
    <>
      <div className="page-intro">
        {plan ? <p className="eyebrow">Hi, {plan.greetingName}</p> : null}
        <h1>My plan</h1>
        {plan && isEnrolled(plan) ? (
          <p className="lede">
            Your program, your schedule and the people caring for you. Times are shown in your program&apos;s time zone.
          </p>
        ) : null}
      </div>
      {plan && isEnrolled(plan) ? (
        <div className="grid grid--two">
          <div className="stack">
            <ThisWeek plan={plan} now={now} />
            <Upcoming plan={plan} now={now} />
          </div>
          <div className="stack">
            <LevelOfCare enrollment={plan.enrollment} now={now} />
            <CareTeam careTeam={plan.careTeam} />
          </div>
          <section className="card grid__full" aria-labelledby="compare-heading">
            <h2 id="compare-heading">Levels of care</h2>
            <p className="muted">
              Programs differ in how many hours a week they ask of you. Your care team recommends the level that fits
              you now, and it can change as you make progress.
            </p>
            <CareLevelComparison current={plan.enrollment.level.code} />
          </section>
        </div>
      ) : (
        <NotEnrolled hasRecord={plan !== null} />
      )}
    </>
  );
}
