import { TRPCError } from "@trpc/server";
import { z } from "zod";

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
  | { kind: "conflict"; message: string };

const codes = {
  not_found: "NOT_FOUND",
  forbidden: "FORBIDDEN",
  unauthenticated: "UNAUTHORIZED",
  invalid: "BAD_REQUEST",
  conflict: "CONFLICT",
} as const satisfies Record<Outcome["kind"], TRPCError["code"]>;

const defaultMessages: Record<Outcome["kind"], string> = {
  // The same words whether the record does not exist or is out of the caller's reach.
  not_found: "We couldn't find that.",
  forbidden: "Your role doesn't allow this.",
  unauthenticated: "Please sign in to continue.",
  invalid: "Something in the request isn't right.",
  conflict: "That change conflicts with another one.",
};

/**
 * The reasons of a refusal by field, carried as the error's cause: the error formatter sends them
 * as `data.fieldErrors`, and a form calling in-process reads them from the cause.
 */
export class FieldRefusal extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super("refused by field");
    this.name = "FieldRefusal";
  }
}

export function fail(outcome: Outcome): never {
  const message = "message" in outcome ? outcome.message : defaultMessages[outcome.kind];
  const cause = outcome.kind === "invalid" && outcome.fieldErrors ? new FieldRefusal(outcome.fieldErrors) : undefined;
  throw new TRPCError({ code: codes[outcome.kind], message, cause });
}

/**
 * The field messages an error carries, if any: invalid input (a zod error) or a refusal made with
 * fieldErrors. The one place the transport reads them from.
 */
export function fieldErrorsOf(error: TRPCError): FieldErrors | null {
  if (error.code !== codes.invalid) return null;
  if (error.cause instanceof z.ZodError) return z.flattenError(error.cause).fieldErrors;
  if (error.cause instanceof FieldRefusal) return error.cause.fieldErrors;
  return null;
}

export const notFound = (): never => fail({ kind: "not_found" });
/** Whether an error is the not-found answer, e.g. to audit the attempt before passing it on. */
export const isNotFound = (error: unknown): boolean => error instanceof TRPCError && error.code === codes.not_found;
export const forbidden = (): never => fail({ kind: "forbidden" });
