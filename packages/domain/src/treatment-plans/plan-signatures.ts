import { z } from "zod";
import { multiLineTextSchema } from "../common/text";
import { signedNameSchema, typedSignatureProblem } from "../family/consent-input";

/**
 * Signing a treatment plan version. The client signs with their typed name, as they sign a
 * consent; they may disagree and still sign, so the record shows they saw it and what they said.
 */

export const disagreementCommentMessage = "Tell your care team what you disagree with.";

const commentSchema = multiLineTextSchema.max(1000, { message: "Keep your comment under 1000 characters." });

const signatureShape = z.object({
  versionId: z.uuid(),
  signedName: signedNameSchema,
  agrees: z.boolean({ message: "Choose whether you agree with this plan." }),
  comment: commentSchema.optional(),
});

function requireDisagreementComment(signature: { agrees: boolean; comment?: string | undefined }, issues: z.RefinementCtx): void {
  if (signature.agrees === false && !signature.comment) issues.addIssue({ code: "custom", path: ["comment"], message: disagreementCommentMessage });
}

/** The client's signature as the form sends it; a disagreement must say what it is about. */
export const planSignatureInputSchema = signatureShape.superRefine(requireDisagreementComment);
export type PlanSignatureInput = z.infer<typeof planSignatureInputSchema>;

/**
 * The client's form with this client's names (acceptedSignatureNames): the typed name is checked
 * by the same rule as a consent's signature, never a second copy of it. The name is checked on
 * its own field, so a wrong name is reported beside a missing comment in one parse.
 */
export function planSignatureFormSchema(context: { signatureNames: readonly string[] }) {
  return signatureShape
    .extend({
      signedName: signedNameSchema.superRefine((signedName, issues) => {
        const message = typedSignatureProblem(signedName, context.signatureNames);
        if (message) issues.addIssue({ code: "custom", message });
      }),
    })
    .superRefine(requireDisagreementComment);
}

/** Staff sign with the version alone: who signs comes from their session, never from input. */
export const staffPlanSignatureInputSchema = z.object({ versionId: z.uuid() });
export type StaffPlanSignatureInput = z.infer<typeof staffPlanSignatureInputSchema>;

export type PlanVersionState = "superseded" | "awaiting_staff_signature" | "awaiting_client_signature" | "signed";

/**
 * Where a version stands. Staff sign when they finish writing it, then the client signs; a
 * superseded version stays in the history whatever its signatures.
 */
export function planVersionState(version: { clientSignedAt: Date | null; staffSignedAt: Date | null; supersededAt: Date | null }): PlanVersionState {
  if (version.supersededAt) return "superseded";
  if (!version.staffSignedAt) return "awaiting_staff_signature";
  if (!version.clientSignedAt) return "awaiting_client_signature";
  return "signed";
}

/** The newest of the versions (newest first) that one side has signed. */
function newestSigned<V extends { id: string }>(newestFirst: readonly V[], signed: ReadonlySet<string>): V | null {
  return newestFirst.find((version) => signed.has(version.id)) ?? null;
}

/**
 * The version a client reads: the newest their care team has signed. A version still being
 * written is the care team's draft, not the client's plan yet.
 */
export function versionForClient<V extends { id: string }>(newestFirst: readonly V[], staffSigned: ReadonlySet<string>): V | null {
  return newestSigned(newestFirst, staffSigned);
}

/**
 * The version whose shared goals family read: the newest the client has signed. A goal reaches
 * family only in words the client has read and signed, never a draft's or a change they haven't
 * seen yet (sharing follows a goal's key from version to version).
 */
export function versionForFamily<V extends { id: string }>(newestFirst: readonly V[], clientSigned: ReadonlySet<string>): V | null {
  return newestSigned(newestFirst, clientSigned);
}
