import "server-only";
import type { Caller } from "@stepwise/api/staff";
import { redirect } from "next/navigation";
import { getSignedInUser } from "./context";

/**
 * For pages that need a signed-in person. Server components check this themselves: the proxy's
 * cookie check is only a shortcut and proves nothing about the session.
 */
export async function requireSignedInUser(): Promise<Caller> {
  const user = await getSignedInUser();
  if (!user) redirect("/sign-in");
  return user;
}
