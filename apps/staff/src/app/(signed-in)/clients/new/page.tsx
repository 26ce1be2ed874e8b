import { defaultTimeZone, instantToZonedDate, staffMay } from "@stepwise/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getSignedInUser } from "~/server/context";
import { getQueryClient, trpc } from "~/trpc/server";
import { IntakeForm } from "~/components/clients/intake-form";

export const metadata: Metadata = { title: "New client" };

export default async function NewClientPage() {
  const user = await getSignedInUser();
  if (!user?.staff || !staffMay(user.staff.role, "enrollment.write")) forbidden();
  const programs = await getQueryClient().fetchQuery(trpc.programs.list.queryOptions());
  return (
    <>
      <Link href="/" className="back-link">
        ← Roster
      </Link>
      <div className="page-intro">
        <h1>New client</h1>
        <p className="muted">Record the person and the program they are referred to. Intake and activation follow on their record.</p>
      </div>
      <IntakeForm programs={programs} today={instantToZonedDate(new Date(), programs[0]?.timeZone ?? defaultTimeZone)} />
    </>
  );
}
