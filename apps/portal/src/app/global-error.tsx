"use client";

import "./globals.css";

/**
 * Last resort when the root layout itself fails. It replaces the whole document, so it carries
 * its own crisis numbers (it cannot use the configured center line: that needs the server).
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <h1>Something went wrong</h1>
          <p>Please try again in a moment.</p>
          <p>
            If you are in crisis, call or text <a href="tel:988">988</a> (Suicide &amp; Crisis Lifeline). In an emergency,
            call <a href="tel:911">911</a>.
          </p>
          <button type="button" onClick={reset}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
