import { staffHomeOf, staffMay } from "@stepwise/domain";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { SearchParams } from "~/components/roster/board-filter";
import { OpenAlertsNotice } from "~/components/alerts/open-alerts-notice";
import { ComplianceBoard } from "~/components/roster/compliance-board";
import { TodayView } from "~/components/today/today-view";
import { requireSignedInUser } from "~/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const user = await requireSignedInUser();
  return { title: user.staff && staffHomeOf(user.staff.role) === "today" ? "Today" : "Roster" };
}

/**
 * Each role's first screen (the domain's staffHomeOf): Today for the front desk and clinicians,
 * the compliance board for directors and administrators. The board is also at /roster for all.
 */
export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireSignedInUser();
  // The layout has already refused anyone without the roster.
  if (!user.staff) redirect("/sign-in");
  const home = staffHomeOf(user.staff.role);
  if (home === "audit") redirect("/audit");
  // Open safety alerts come before everything else, for the roles that may read them.
  const alerts = staffMay(user.staff.role, "measures.read") ? <OpenAlertsNotice /> : null;
  return (
    <>
      {alerts}
      {home === "today" ? (
        <TodayView mineFirst={user.staff.role === "clinician"} />
      ) : (
        <ComplianceBoard basePath="/" role={user.staff.role} params={await searchParams} />
      )}
    </>
  );
}
