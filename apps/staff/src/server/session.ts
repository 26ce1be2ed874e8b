import "server-only";
import type { Caller } from "@stepwise/api/staff";
import { secondFactorSatisfied } from "@stepwise/domain";
import { redirect } from "next/navigation";
import { getSignedInUser } from "./context";

/**
 * For pages that need a signed-in person, second factor included: a session still at that step
 * goes to it (every API call refuses it too). Server components check this themselves: the
 * proxy's cookie check is only a shortcut and proves nothing about the session.
 */
export async function requireSignedInUser(): Promise<Caller> {
  const user = await getSignedInUser();
  if (!user) redirect("/sign-in");
  if (!secondFactorSatisfied(user.secondFactor)) redirect("/second-factor");
  return user;
}
