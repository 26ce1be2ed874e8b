"use client";

import { GlobalErrorDocument } from "@stepwise/ui/components";
import "@stepwise/ui/styles.css";

/**
 * Last resort when the root layout itself fails. It replaces the whole document, so it carries
 * its own crisis numbers (it cannot use the configured center line: that needs the server).
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <GlobalErrorDocument reset={reset}>
      <p>
        If you are in crisis, call or text <a href="tel:988">988</a> (Suicide &amp; Crisis Lifeline). In an emergency,
        call <a href="tel:911">911</a>.
      </p>
    </GlobalErrorDocument>
  );
}
