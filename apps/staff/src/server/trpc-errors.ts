import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";

/**
 * Turns an API refusal into the matching page: signed out → sign-in, not found (or not yours,
 * which reads the same) → the not-found page. Anything else is rethrown for error.tsx.
 */
export function handleApiError(error: unknown): never {
  if (error instanceof TRPCError) {
    if (error.code === "UNAUTHORIZED") redirect("/sign-in");
    if (error.code === "NOT_FOUND") notFound();
  }
  throw error;
}

export function trpcErrorCode(error: unknown): TRPCError["code"] | null {
  return error instanceof TRPCError ? error.code : null;
}
