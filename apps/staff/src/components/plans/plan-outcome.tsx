"use client";

import { useFocusOnArrival } from "@stepwise/ui/forms";

/**
 * What the editor just saved, focused as the plan page arrives, so the person lands on it
 * instead of at the top of a page that looks much as before.
 */
export function PlanOutcome({ message }: { message: string }) {
  const focused = useFocusOnArrival<HTMLDivElement>();
  return (
    <div ref={focused} tabIndex={-1} role="status" aria-atomic="true" className="notice plan-outcome">
      <p>{message}</p>
    </div>
  );
}
