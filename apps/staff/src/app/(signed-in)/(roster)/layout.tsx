import { staffMay } from "@stepwise/domain";
import { forbidden, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { requireSignedInUser } from "~/server/session";

/**
 * The roster's loading skeleton (loading.tsx) starts the response, with HTTP 200, before the page
 * hears from the API. A role without the roster is answered here, above that boundary, with a real
 * status: one that reads the audit (the privacy officer) starts on the audit (a redirect), any
 * other gets HTTP 403. The API refuses roster.list to such a role all the same.
 */
export default async function RosterLayout({ children }: { children: ReactNode }) {
  const user = await requireSignedInUser();
  if (!user.staff || !staffMay(user.staff.role, "roster.read")) {
    if (user.staff && staffMay(user.staff.role, "audit.read")) redirect("/audit");
    forbidden();
  }
  return children;
}
