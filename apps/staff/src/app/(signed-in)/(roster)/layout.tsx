import { staffMay } from "@stepwise/domain";
import { forbidden } from "next/navigation";
import type { ReactNode } from "react";
import { requireSignedInUser } from "~/server/session";

/**
 * The roster's loading skeleton (loading.tsx) starts the response, with HTTP 200, before the page
 * hears from the API. A role without the roster (the privacy officer's) is refused here, above
 * that boundary, so it gets HTTP 403; the API refuses roster.list to the role all the same.
 */
export default async function RosterLayout({ children }: { children: ReactNode }) {
  const user = await requireSignedInUser();
  if (!user.staff || !staffMay(user.staff.role, "roster.read")) forbidden();
  return children;
}
