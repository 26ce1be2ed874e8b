import { secondFactorSatisfied, staffMay, type StaffPermission } from "@stepwise/domain";
import { type AuthApp, mayUseApp } from "@stepwise/auth";
import type { Executor } from "@stepwise/db/client";
import { type TRPCError, initTRPC } from "@trpc/server";
import superjson from "superjson";
import { RequestRateLimits } from "./rate-limit";
import { AuditTrail } from "./audit";
import { conflictOf } from "./constraint-conflicts";
import type { Context } from "./context";
import { clientMessageOf, denialOf, fail, fieldErrorsOf, forbidden, notFound } from "./errors";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    // Only our own outcomes speak in their own words. Anything else keeps its details in the
    // server log: no SQL, stack, quoted input or PHI leaves, in any environment (the stack is left
    // out of the shape on purpose).
    return {
      message: clientMessageOf(error),
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
 *
 * Every rung runs the request in one transaction with its audit trail (Medplum's per-request
 * repository, in tRPC): `ctx.db` is that transaction, and `ctx.audit` notes what the request
 * reads or changes. The request leaves exactly one audit row, whose action is the procedure's
 * path: allowed, written in the same transaction when it succeeds, for every change and every read
 * that showed a client (a read of no one's information leaves none); denied,
 * written after it rolled back, when it answered not found or forbidden (or was refused with a
 * note for the audit). Procedures never write audit rows or denial blocks of their own. A write a
 * database guard refused answers as a conflict in that guard's words (constraint-conflicts.ts).
 * `ctx.rateLimit(action)` counts a use against the domain's rate limits and refuses past them; a
 * request that counted one and failed undoes only what it did after the count, and commits the
 * count with its denied row (core/rate-limit.ts).
 */
const inRequestTransaction = t.middleware(async ({ ctx, path, type, next }) => {
  const trail = new AuditTrail(path, ctx.caller ? { userId: ctx.caller.userId, kind: ctx.caller.kind } : null);
  const rateLimits = new RequestRateLimits(ctx.caller);
  /** Writes a failed request's denied row (when its refusal is one to audit) in `db`; answers what the client is told. */
  const deny = async (db: Executor, failure: TRPCError) => {
    const denial = denialOf(failure);
    if (denial) await trail.denied(db, denial);
    return conflictOf(failure) ?? failure;
  };
  let failure: TRPCError | undefined;
  try {
    const result = await ctx.db.transaction(async (tx) => {
      const result = await next({ ctx: { db: tx, audit: trail.note, rateLimit: rateLimits.enforcer(tx) } });
      if (result.ok) {
        await trail.allowed(tx, type === "mutation");
        return result;
      }
      failure = result.error;
      // Thrown to roll back everything the request wrote, unless it counted a rate limit; answered below.
      if (!(await rateLimits.undoSinceCounted(tx))) throw failure;
      failure = await deny(tx, failure);
      return result;
    });
    if (result.ok) return result;
  } catch (error) {
    if (failure === undefined || error !== failure) throw error;
    failure = await deny(ctx.db, failure);
  }
  throw failure;
});

/** Open to anyone: only for things that reveal nothing about a person, or whose link is the credential. */
export const publicProcedure = t.procedure.use(inRequestTransaction);

/**
 * Signed in, second factor included: a session that has not yet proven a second factor its account
 * has, or that still has to set one up, answers exactly as signed out.
 */
const signedIn = t.procedure
  .use(({ ctx, next }) =>
    ctx.caller && secondFactorSatisfied(ctx.caller.secondFactor) ? next({ ctx: { caller: ctx.caller } }) : fail({ kind: "unauthenticated" }),
  )
  .use(inRequestTransaction);

/**
 * Signed in with a password, whether or not the session has proven its second factor yet: only
 * for the second-factor procedures (setting one up, proving it, managing it), which decide from
 * `ctx.caller.secondFactor` by the domain's rules what the session may do. Nothing else stands on
 * it: a test walks both routers as a session at the second-factor step. Each app's are for its own
 * kinds of account, as the app's sessions are.
 */
export function secondFactorProcedure(app: AuthApp) {
  return t.procedure
    .use(({ ctx, next }) => (ctx.caller ? next({ ctx: { caller: ctx.caller } }) : fail({ kind: "unauthenticated" })))
    .use(inRequestTransaction)
    .use(({ ctx, next }) => (mayUseApp(ctx.caller.kind, app) ? next() : notFound()));
}

/**
 * A signed-in client, scoped to their own record: every request of theirs that succeeds is about
 * them. A refused one names only what it reached for (another client's consent, say).
 */
export const clientProcedure = signedIn.use(async ({ ctx, next }) => {
  const { caller } = ctx;
  if (caller.kind !== "client" || !caller.clientId) return notFound();
  const result = await next({ ctx: { client: { clientId: caller.clientId } } });
  if (result.ok) ctx.audit({ clients: [caller.clientId] });
  return result;
});

/**
 * A signed-in family member. What they may see of a client is never decided here: the consent
 * rungs (portal/scopes.ts) check the client's consent, from the database, on every request.
 */
export const familyProcedure = signedIn.use(({ ctx, next }) => (ctx.caller.kind === "family" ? next() : notFound()));

/** Who takes part in a family's sessions: a client for their own family, or a family member. */
export type FamilyParticipant = { kind: "client"; userId: string; clientId: string } | { kind: "family"; userId: string };

/**
 * A signed-in client or family member, for what both do for a family (family sessions). A client
 * is scoped to their own record; what a family member may reach is still checked from the
 * consents, on every request.
 */
export const familyParticipantProcedure = signedIn.use(({ ctx, next }) => {
  const { caller } = ctx;
  const participant: FamilyParticipant | null =
    caller.kind === "client" && caller.clientId
      ? { kind: "client", userId: caller.userId, clientId: caller.clientId }
      : caller.kind === "family"
        ? { kind: "family", userId: caller.userId }
        : null;
  return participant ? next({ ctx: { participant } }) : notFound();
});

/** A signed-in staff member holding `permission`. */
export function staffProcedure(permission: StaffPermission) {
  return signedIn.use(({ ctx, next }) => {
    const { caller } = ctx;
    if (caller.kind !== "staff" || !caller.staff) return notFound();
    if (!staffMay(caller.staff.role, permission)) return forbidden();
    return next({ ctx: { staff: { ...caller.staff, permission } } });
  });
}
