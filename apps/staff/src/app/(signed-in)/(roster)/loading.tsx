import { LoadingSkeleton } from "@stepwise/ui/components";

/**
 * Shown while a home screen (Today or the roster) loads. Only these have one: a loading boundary above the client page
 * would start the response before it can answer 404 for an unknown client.
 */
export default function Loading() {
  return <LoadingSkeleton label="Loading…" />;
}
