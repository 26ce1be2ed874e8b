import "server-only";
import type { CheckInKeyInput } from "@stepwise/domain";
import { z } from "zod";
import type { CheckInResult } from "~/components/check-ins/check-in-state";

/**
 * Sending a check-in answers once, in the action; the result page after the redirect reads that
 * answer from a short-lived cookie (httpOnly, only under /check-ins), never from the address, so
 * no words about how someone is doing end up in a URL or a log. It only decides what the client's
 * own screen says: it carries the check-in and the account it belongs to, and is ignored for any other.
 */
export const checkInResultCookie = "stepwise-check-in-result";

const sealedSchema = z.object({
  key: z.string(),
  userId: z.string(),
  result: z.object({ words: z.string().max(600), sinceYouStarted: z.string().max(200).nullable(), needsSupportNow: z.boolean() }),
});

const keyOf = (key: CheckInKeyInput) => `${key.instrument}|${key.occasion}|${key.dueOn}`;

export function sealResult(result: CheckInResult, key: CheckInKeyInput, userId: string): string {
  return JSON.stringify({ key: keyOf(key), userId, result });
}

/** The result kept for this check-in and account, or null (expired, another check-in, another account). */
export function openResult(sealed: string | undefined, key: CheckInKeyInput, userId: string): CheckInResult | null {
  if (!sealed) return null;
  let parsed;
  try {
    parsed = sealedSchema.safeParse(JSON.parse(sealed));
  } catch {
    return null;
  }
  if (!parsed.success || parsed.data.key !== keyOf(key) || parsed.data.userId !== userId) return null;
  return parsed.data.result;
}
