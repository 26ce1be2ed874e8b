import { TRPCError } from "@trpc/server";
import { rateLimitMessage, refusalMessage } from "@stepwise/domain";
import { z } from "zod";
import type { AuditNote } from "./audit";

/** Messages by field name, as the forms show them beside each field. */
export type FieldErrors = Partial<Record<string, string[]>>;

/**
 * The outcomes a procedure may end with, in plain words. One place maps them to transport codes;
 * nothing else in the API constructs a TRPCError.
 */
export type Outcome =
  | { kind: "not_found" }
  | { kind: "forbidden" }
  | { kind: "unauthenticated" }
  /** A refusal; `fieldErrors` ties its reasons to the fields they are about, `message` is the plain lead. */
  | { kind: "invalid"; message: string; fieldErrors?: FieldErrors }
  | { kind: "conflict"; message: string }
  /** Done too often in a short while (a rate limit); `message` says when to try again. */
  | { kind: "too_many_requests"; message: string };

const codes = {
  not_found: "NOT_FOUND",
  forbidden: "FORBIDDEN",
  unauthenticated: "UNAUTHORIZED",
  invalid: "BAD_REQUEST",
  conflict: "CONFLICT",
  too_many_requests: "TOO_MANY_REQUESTS",
} as const satisfies Record<Outcome["kind"], TRPCError["code"]>;

const defaultMessages: Record<Outcome["kind"], string> = {
  // The same words whether the record does not exist or is out of the caller's reach.
  not_found: "We couldn't find that.",
  forbidden: "Your role doesn't allow this.",
  unauthenticated: "Please sign in to continue.",
  invalid: "Something in the request isn't right.",
  conflict: "That change conflicts with another one.",
  too_many_requests: "You've done this many times in a short while. Please try again later.",
};

/**
 * What a failure carries beside its words, as the error's cause: the reasons by field (the error
 * formatter sends them as `data.fieldErrors`, a form calling in-process reads them here), and what
 * the request's denied audit row should say (the ladder writes it, once the request rolled back).
 */
export class Refusal extends Error {
  constructor(
    readonly fieldErrors: FieldErrors | undefined,
    readonly audit: AuditNote | undefined,
  ) {
    super("refused");
    this.name = "Refusal";
  }
}

/** The errors made here, from an outcome: the only ones whose message a client reads as it is (clientMessageOf). */
const outcomeErrors = new WeakSet<TRPCError>();

/** The error a request ends with for `outcome`, for a rung that maps a failure it caught (see fail). */
export function failure(outcome: Outcome, audit?: AuditNote): TRPCError {
  const message = "message" in outcome ? outcome.message : defaultMessages[outcome.kind];
  const fieldErrors = outcome.kind === "invalid" ? outcome.fieldErrors : undefined;
  const cause = fieldErrors || audit ? new Refusal(fieldErrors, audit) : undefined;
  const error = new TRPCError({ code: codes[outcome.kind], message, cause });
  outcomeErrors.add(error);
  return error;
}

/**
 * Plain words for what tRPC or the runtime refused before any procedure of ours decided: their
 * own messages quote the request ("Expected property name or '}' in JSON at position 10"), name
 * internals ("Maximum call stack size exceeded") or carry SQL.
 */
const transportMessages: Partial<Record<TRPCError["code"], string>> = {
  PARSE_ERROR: "We couldn't read that request. Please try again.",
  BAD_REQUEST: defaultMessages.invalid,
  NOT_FOUND: defaultMessages.not_found,
  METHOD_NOT_SUPPORTED: "That kind of request isn't accepted here.",
  UNSUPPORTED_MEDIA_TYPE: "This address only accepts requests sent as JSON.",
  PAYLOAD_TOO_LARGE: "That request is too large.",
  UNAUTHORIZED: defaultMessages.unauthenticated,
  FORBIDDEN: defaultMessages.forbidden,
  TOO_MANY_REQUESTS: defaultMessages.too_many_requests,
};

/** What a client reads of a failure: an outcome's own words, or plain words for its code. */
export function clientMessageOf(error: TRPCError): string {
  if (outcomeErrors.has(error)) return error.message;
  if (error.code === codes.invalid && error.cause instanceof z.ZodError) return "Please check the highlighted fields.";
  return transportMessages[error.code] ?? "Something went wrong on our side. Please try again.";
}

/**
 * Ends the request with `outcome`. `audit` makes the refusal a denied audit row (a wrong
 * password on an invitation link, say); not-found and forbidden answers always are one.
 */
export function fail(outcome: Outcome, audit?: AuditNote): never {
  throw failure(outcome, audit);
}

/**
 * The record is missing, or beyond the caller's reach: the same answer either way. `about` names,
 * for the denied audit row only, what was asked for and whose it was when that is known.
 */
export const notFound = (about?: AuditNote): never => fail({ kind: "not_found" }, about);
export const forbidden = (): never => fail({ kind: "forbidden" });

/**
 * Refuses a request over a rate limit, in plain words saying when to try again. Always a denied
 * audit row: a script hammering a procedure should be on the record, not only slowed down.
 */
export const tooManyRequests = (retryAfterSeconds: number): never =>
  fail({ kind: "too_many_requests", message: rateLimitMessage(retryAfterSeconds) }, { detail: { retryAfterSeconds } });

/** Refuses a change with every reason listed, in the domain's words. */
export function refuseWithReasons(lead: string, reasons: readonly string[]): never {
  return fail({ kind: "invalid", message: refusalMessage(lead, reasons) });
}

/**
 * The field messages an error carries, if any: invalid input (a zod error) or a refusal made with
 * fieldErrors. The one place the transport reads them from.
 */
export function fieldErrorsOf(error: TRPCError): FieldErrors | null {
  if (error.code !== codes.invalid) return null;
  if (error.cause instanceof z.ZodError) return z.flattenError(error.cause).fieldErrors;
  if (error.cause instanceof Refusal) return error.cause.fieldErrors ?? null;
  return null;
}

/**
 * Whether a failed request leaves a denied audit row, and what it adds to it: every not-found and
 * forbidden answer (so probing for records is on the record), and any refusal made with `audit`.
 */
export function denialOf(error: TRPCError): AuditNote | null {
  const noted = error.cause instanceof Refusal ? error.cause.audit : undefined;
  if (error.code === codes.not_found || error.code === codes.forbidden) return noted ?? {};
  return noted ?? null;
}
