import { TRPCError } from "@trpc/server";

/**
 * The outcomes a procedure may end with, in plain words. One place maps them to transport codes;
 * nothing else in the API constructs a TRPCError.
 */
export type Outcome =
  | { kind: "not_found" }
  | { kind: "forbidden" }
  | { kind: "unauthenticated" }
  | { kind: "invalid"; message: string }
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

export function fail(outcome: Outcome): never {
  const message = "message" in outcome ? outcome.message : defaultMessages[outcome.kind];
  throw new TRPCError({ code: codes[outcome.kind], message });
}

export const notFound = (): never => fail({ kind: "not_found" });
/** Whether an error is the not-found answer, e.g. to audit the attempt before passing it on. */
export const isNotFound = (error: unknown): boolean => error instanceof TRPCError && error.code === codes.not_found;
export const forbidden = (): never => fail({ kind: "forbidden" });
