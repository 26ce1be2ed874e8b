import type { ReactNode } from "react";

/**
 * The whole document of a global-error.tsx: the last resort when the root layout itself fails.
 * `children` go between the message and the button (the portal puts its crisis numbers there).
 */
export function GlobalErrorDocument({ reset, children }: { reset: () => void; children?: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <h1>Something went wrong</h1>
          <p>Please try again in a moment.</p>
          {children}
          <button type="button" onClick={reset}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
