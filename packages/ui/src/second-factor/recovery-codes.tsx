"use client";

import { useId, useRef, useState } from "react";
import { useFocusOnArrival } from "../forms/focus-on-arrival";

/**
 * The recovery codes, shown this once, with what they are for and an "I have saved them" check
 * before going on: nothing here can show them again. They replace the form that asked for them,
 * so focus moves to their heading.
 */
export function RecoveryCodes({ codes, continueHref, continueLabel }: { codes: readonly string[]; continueHref: string; continueLabel: string }) {
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const checkbox = useRef<HTMLInputElement>(null);
  const id = useId();
  const heading = useFocusOnArrival<HTMLHeadingElement>();
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 ref={heading} id={`${id}-heading`} tabIndex={-1}>
        Save your recovery codes
      </h2>
      <p>
        If you lose your phone, each of these codes lets you sign in once instead of a code from the app. Write them down or
        print this page, and keep them somewhere safe. This is the only time we can show them.
      </p>
      <ol className="recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div id={`${id}-error`} role="alert" aria-atomic="true">
        {error ? <p className="alert">{error}</p> : null}
      </div>
      <div className="field field--check">
        <input
          ref={checkbox}
          id={`${id}-saved`}
          type="checkbox"
          checked={saved}
          onChange={(event) => {
            setSaved(event.target.checked);
            if (event.target.checked) setError(null);
          }}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <label htmlFor={`${id}-saved`}>I have saved my recovery codes</label>
      </div>
      <div>
        <button
          type="button"
          className="button"
          onClick={() => {
            if (!saved) {
              setError("Please save your recovery codes, then tick the box to say you have.");
              checkbox.current?.focus();
              return;
            }
            // A full page load: every server component renders for the session as it is now.
            window.location.assign(continueHref);
          }}
        >
          {continueLabel}
        </button>
      </div>
    </section>
  );
}
