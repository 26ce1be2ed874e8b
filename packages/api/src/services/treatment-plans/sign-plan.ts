import type { Executor } from "@stepwise/db/client";
import type { Outcome } from "../../core/errors";
import { conflictMessage } from "../../core/constraint-conflicts";
import { findPlanSignatures, lockPlanVersionEnrollment, findPlanVersions, insertPlanSignature } from "../../queries/treatment-plans.queries";

export type PlanSignature =
  | { signer: "staff"; signedByUserId: string }
  | { signer: "client"; signedByUserId: string; signedName: string; agrees: boolean; comment: string | null };

export type SignResult = { kind: "signed"; signedAt: Date } | { kind: "refused"; outcome: Outcome };

/**
 * Signs a version of this client's plan: only the current one (an earlier version is history,
 * and a new version needs new signatures), and for the client only once the care team has signed
 * it, so the client signs what staff stand behind. Another client's version answers not found.
 */
export async function signPlanVersion(db: Executor, target: { clientId: string; versionId: string }, signature: PlanSignature): Promise<SignResult> {
  const enrollmentId = await lockPlanVersionEnrollment(db, target.clientId, target.versionId);
  if (!enrollmentId) return { kind: "refused", outcome: { kind: "not_found" } };
  const [versions, signatures] = await Promise.all([
    findPlanVersions(db, target.clientId, [enrollmentId]),
    findPlanSignatures(db, target.clientId, [enrollmentId]),
  ]);
  if (versions[0]?.id !== target.versionId) {
    return { kind: "refused", outcome: { kind: "conflict", message: "This version has been replaced by a newer one. Open the plan again to see it." } };
  }
  const onVersion = signatures.filter((existing) => existing.versionId === target.versionId);
  if (onVersion.some((existing) => existing.signer === signature.signer)) {
    return { kind: "refused", outcome: { kind: "conflict", message: conflictMessage("treatment_plan_signatures_once_per_side") } };
  }
  if (signature.signer === "client" && !onVersion.some((existing) => existing.signer === "staff")) {
    return { kind: "refused", outcome: { kind: "not_found" } };
  }
  const [signed] = await insertPlanSignature(db, { ...signature, versionId: target.versionId, clientId: target.clientId });
  return { kind: "signed", signedAt: signed!.signedAt };
}
