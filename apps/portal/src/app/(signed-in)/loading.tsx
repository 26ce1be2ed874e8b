import { LoadingSkeleton } from "@stepwise/ui/components";

/** Shown while any signed-in page loads; worded for clients and family members alike. */
export default function Loading() {
  return <LoadingSkeleton label="Loading…" />;
}
