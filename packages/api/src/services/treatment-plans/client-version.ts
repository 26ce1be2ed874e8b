import type { Executor } from "@stepwise/db/client";
import { versionForClient, versionForFamily } from "@stepwise/domain";
import { findPlanSignatures, findPlanVersions } from "../../queries/treatment-plans.queries";

async function versionsWithSigners(db: Executor, clientId: string, enrollmentId: string) {
  const [versions, signatures] = await Promise.all([findPlanVersions(db, clientId, [enrollmentId]), findPlanSignatures(db, clientId, [enrollmentId])]);
  const signedBy = (signer: "client" | "staff") =>
    new Set(signatures.filter((signature) => signature.signer === signer).map((signature) => signature.versionId));
  return { versions, signedBy };
}

/** The plan version the client reads in this enrollment (the newest the care team signed), or null. */
export async function findClientPlanVersion(db: Executor, clientId: string, enrollmentId: string) {
  const { versions, signedBy } = await versionsWithSigners(db, clientId, enrollmentId);
  return versionForClient(versions, signedBy("staff"));
}

/** The plan version whose shared goals family read (the newest the client signed), or null. */
export async function findFamilyPlanVersion(db: Executor, clientId: string, enrollmentId: string) {
  const { versions, signedBy } = await versionsWithSigners(db, clientId, enrollmentId);
  return versionForFamily(versions, signedBy("client"));
}
