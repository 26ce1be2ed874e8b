import { staffMay, type StaffPermission } from "@stepwise/domain";
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import { recordAudit } from "./audit";
import type { Caller, Context } from "./context";
import { fail, fieldErrorsOf } from "./errors";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const invalidInput = error.code === "BAD_REQUEST" && error.cause instanceof z.ZodError;
    // Unexpected failures keep their details in the server log only: no SQL, stack or PHI leaves,
    // in any environment (the stack is left out of the shape on purpose).
    const message =
      error.code === "INTERNAL_SERVER_ERROR"
        ? "Something went wrong on our side. Please try again."
        : invalidInput
          ? "Please check the highlighted fields."
          : shape.message;
    return {
      message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        // For invalid input, and for a refusal tied to fields (which keeps its own plain lead).
        fieldErrors: fieldErrorsOf(error),
      },
    };
  },
});

export const createRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * The procedure ladder. The bare `t.procedure` is not exported: every procedure starts from a
 * rung that names who may call it, so a procedure without a rule cannot be built (default deny).
 */

/** Open to anyone: only for things that reveal nothing about a person. */
export const publicProcedure = t.procedure;

const authenticated = t.middleware(({ ctx, next }) => {
  if (!ctx.caller) return fail({ kind: "unauthenticated" });
  return next({ ctx: { caller: ctx.caller } });
});

/** Denials are audited outside any transaction, since the request that caused them fails. */
async function denied(ctx: Context & { caller: Caller }, action: string) {
  await recordAudit(ctx.db, { userId: ctx.caller.userId, kind: ctx.caller.kind }, { action, outcome: "denied" });
}

/** A signed-in client, scoped to their own record. */
export const clientProcedure = t.procedure.use(authenticated).use(async ({ ctx, next, path }) => {
  const { caller } = ctx;
  if (caller.kind !== "client" || !caller.clientId) {
    await denied({ ...ctx, caller }, path);
    return fail({ kind: "not_found" });
  }
  return next({ ctx: { caller, client: { clientId: caller.clientId } } });
});

/**
 * A signed-in family member. What they may see of a client is never decided here: each procedure
 * checks the client's consent, from the database, on every request (see portal/consent-access.ts).
 */
export const familyProcedure = t.procedure.use(authenticated).use(async ({ ctx, next, path }) => {
  const { caller } = ctx;
  if (caller.kind !== "family") {
    await denied({ ...ctx, caller }, path);
    return fail({ kind: "not_found" });
  }
  return next({ ctx: { caller } });
});

/** Who takes part in a family's sessions: a client for their own family, or a family member. */
export type FamilyParticipant = { kind: "client"; userId: string; clientId: string } | { kind: "family"; userId: string };

/**
 * A signed-in client or family member, for what both do for a family (family sessions). A client
 * is scoped to their own record; what a family member may reach is still checked by each
 * procedure from the consents, on every request.
 */
export const familyParticipantProcedure = t.procedure.use(authenticated).use(async ({ ctx, next, path }) => {
  const { caller } = ctx;
  const participant: FamilyParticipant | null =
    caller.kind === "client" && caller.clientId
      ? { kind: "client", userId: caller.userId, clientId: caller.clientId }
      : caller.kind === "family"
        ? { kind: "family", userId: caller.userId }
        : null;
  if (!participant) {
    await denied({ ...ctx, caller }, path);
    return fail({ kind: "not_found" });
  }
  return next({ ctx: { caller, participant } });
});

/** A signed-in staff member holding `permission`. */
export function staffProcedure(permission: StaffPermission) {
  return t.procedure.use(authenticated).use(async ({ ctx, next, path }) => {
    const { caller } = ctx;
    if (caller.kind !== "staff" || !caller.staff) {
      await denied({ ...ctx, caller }, path);
      return fail({ kind: "not_found" });
    }
    if (!staffMay(caller.staff.role, permission)) {
      await denied({ ...ctx, caller }, path);
      return fail({ kind: "forbidden" });
    }
    return next({ ctx: { caller, staff: { ...caller.staff, permission } } });
  });
}
