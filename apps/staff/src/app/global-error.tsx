"use client";

import { GlobalErrorDocument } from "@stepwise/ui/components";
import "@stepwise/ui/styles.css";
import "./staff.css";

/** Last resort when the root layout itself fails. It replaces the whole document. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <GlobalErrorDocument reset={reset} />;
}
