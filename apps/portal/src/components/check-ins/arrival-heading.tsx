"use client";

import { useFocusOnArrival } from "@stepwise/ui/forms";
import type { ReactNode } from "react";

/** The page's heading, focused as the page arrives: the person lands on what just happened. */
export function ArrivalHeading({ id, children }: { id: string; children: ReactNode }) {
  const focused = useFocusOnArrival<HTMLHeadingElement>();
  return (
    <h1 id={id} ref={focused} tabIndex={-1}>
      {children}
    </h1>
  );
}
