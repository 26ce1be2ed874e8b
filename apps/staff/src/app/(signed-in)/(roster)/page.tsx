import { staffHomeOf } from "@stepwise/domain";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { SearchParams } from "~/components/roster/board-filter";
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
  if (home === "today") return <TodayView mineFirst={user.staff.role === "clinician"} />;
  return <ComplianceBoard basePath="/" role={user.staff.role} params={await searchParams} />;
}
