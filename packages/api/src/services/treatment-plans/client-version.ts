import type { Executor } from "@stepwise/db/client";
import { versionForClient } from "@stepwise/domain";
import { findPlanSignatures, findPlanVersions } from "../../queries/treatment-plans.queries";

/** The plan version the client reads in this enrollment (the newest the care team signed), or null. */
export async function findClientPlanVersion(db: Executor, clientId: string, enrollmentId: string) {
  const [versions, signatures] = await Promise.all([findPlanVersions(db, clientId, [enrollmentId]), findPlanSignatures(db, clientId, [enrollmentId])]);
  const staffSigned = new Set(signatures.filter((signature) => signature.signer === "staff").map((signature) => signature.versionId));
  return versionForClient(versions, staffSigned);
}
