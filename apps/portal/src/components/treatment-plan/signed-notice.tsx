"use client";

import { useFocusOnArrival } from "@stepwise/ui/forms";

/** Just after signing: the thank-you, focused, so the person lands on what happened. */
export function SignedNotice() {
  const notice = useFocusOnArrival<HTMLDivElement>();
  return (
    <div role="status" aria-atomic="true" ref={notice} tabIndex={-1}>
      <p className="notice">Thank you. Your signature is saved, and your care team can see it.</p>
    </div>
  );
}
