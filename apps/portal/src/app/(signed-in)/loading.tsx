import { LoadingSkeleton } from "@stepwise/ui/components";

/** Shown while the plan loads. */
export default function Loading() {
  return <LoadingSkeleton label="Loading your plan…" />;
}
