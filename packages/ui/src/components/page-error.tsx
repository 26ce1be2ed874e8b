"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * Something failed while loading the page (the body of an error.tsx). The message stays general:
 * error details (which may carry health information) stay in the server log, never on screen.
 */
export function PageError({ reset, message, footnote }: { reset: () => void; message: string; footnote?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card" aria-labelledby="error-heading">
      <h1 id="error-heading" ref={heading} tabIndex={-1}>
        We couldn&apos;t load this page
      </h1>
      <p>{message}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </p>
      {footnote ? <p className="muted">{footnote}</p> : null}
    </section>
  );
}
