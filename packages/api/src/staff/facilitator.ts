import type { Executor } from "@stepwise/db/client";
import { mayFacilitateSession } from "@stepwise/domain";
import { fail } from "../core/errors";
import { findStaffMemberStanding } from "../queries/staff-members.queries";

/** A facilitator is one the pickers offer: a staff member who may lead sessions, with a working account. */
export async function ensureFacilitator(db: Executor, staffMemberId: string | null | undefined) {
  if (!staffMemberId) return;
  const member = await findStaffMemberStanding(db, staffMemberId);
  if (!member || !member.active || !mayFacilitateSession(member.role)) fail({ kind: "invalid", message: "Choose a facilitator from the list." });
}
