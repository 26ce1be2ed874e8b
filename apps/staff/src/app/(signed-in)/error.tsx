"use client";

import { useEffect, useRef } from "react";

/**
 * Something failed while loading the page. The message stays general: error details (which may
 * carry health information) stay in the server log, never on screen.
 */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card" aria-labelledby="error-heading">
      <h1 id="error-heading" ref={heading} tabIndex={-1}>
        We couldn&apos;t load this page
      </h1>
      <p>Something went wrong on our side. Please try again in a moment.</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </p>
    </section>
  );
}
