"use client";

import { useFocusOnArrival } from "@stepwise/ui/forms";

/**
 * What the last change on the family pages did, focused as the page arrives, so the person lands
 * on it (a sharing signed or stopped) instead of at the top of a page that looks unchanged.
 */
export function FamilyOutcome({ message, problem }: { message: string; problem: boolean }) {
  const focused = useFocusOnArrival<HTMLDivElement>();
  return (
    <div ref={focused} tabIndex={-1} role={problem ? "alert" : "status"} aria-atomic="true" className={problem ? "alert" : "notice"}>
      <p>{message}</p>
    </div>
  );
}
