import { LoadingSkeleton } from "@stepwise/ui/components";

/**
 * Shown while the roster loads. Only the roster has one: a loading boundary above the client page
 * would start the response before it can answer 404 for an unknown client.
 */
export default function Loading() {
  return <LoadingSkeleton label="Loading the roster…" />;
}
