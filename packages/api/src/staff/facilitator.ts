import type { Executor } from "@stepwise/db/client";
import { fail } from "../core/errors";
import { staffMemberExists } from "../queries/staff-members.queries";

/** A facilitator must be a staff member; an unknown id is refused in words, not by the foreign key. */
export async function ensureFacilitator(db: Executor, staffMemberId: string | null | undefined) {
  if (staffMemberId && !(await staffMemberExists(db, staffMemberId))) fail({ kind: "invalid", message: "Choose a facilitator from the list." });
}
