import "server-only";
import type { Caller } from "@stepwise/api/portal";
import { secondFactorSatisfied } from "@stepwise/domain";
import { redirect } from "next/navigation";
import { getSignedInUser } from "./context";

/**
 * For pages that need a signed-in person. Server components check this themselves: the proxy's
 * cookie check is only a shortcut and proves nothing about the session.
 */
export async function requireSignedInUser(): Promise<Caller> {
  const user = await getSignedInUser();
  if (!user) redirect("/sign-in");
  // A session that has not yet entered the code of a second factor the account has goes to that step.
  if (!secondFactorSatisfied(user.secondFactor)) redirect("/second-factor");
  return user;
}

/**
 * For the client's own pages (schedule, hours, calendar, family). A family account has none of
 * them: it goes home, to what is shared with it, rather than to a page about a plan it lacks.
 */
export async function requireClientUser(): Promise<Caller> {
  const user = await requireSignedInUser();
  if (user.kind !== "client") redirect("/");
  return user;
}
