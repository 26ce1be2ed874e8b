import { staffMay } from "@stepwise/domain";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { SearchParams } from "~/components/roster/board-filter";
import { OpenAlertsNotice } from "~/components/alerts/open-alerts-notice";
import { ComplianceBoard } from "~/components/roster/compliance-board";
import { requireSignedInUser } from "~/server/session";

export const metadata: Metadata = { title: "Roster" };

/** The compliance board for every role that reads it, whatever its home. */
export default async function RosterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireSignedInUser();
  if (!user.staff) redirect("/sign-in");
  return (
    <>
      {staffMay(user.staff.role, "measures.read") ? <OpenAlertsNotice /> : null}
      <ComplianceBoard basePath="/roster" role={user.staff.role} params={await searchParams} />
    </>
  );
}
