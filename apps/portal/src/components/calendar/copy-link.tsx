"use client";

import { useId, useRef, useState } from "react";

/** The new link in a read-only field, with a button that copies it and says so. */
export function CopyLink({ url }: { url: string }) {
  const inputId = useId();
  const hintId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Copied. You can paste it into your calendar app now.");
    } catch {
      field.current?.select();
      setStatus("The link is selected: copy it with your device's copy command.");
    }
  }

  return (
    <div className="field">
      <label htmlFor={inputId}>Your calendar link</label>
      <input
        ref={field}
        id={inputId}
        type="text"
        readOnly
        value={url}
        aria-describedby={hintId}
        onFocus={(event) => event.currentTarget.select()}
        spellCheck={false}
        autoComplete="off"
      />
      <p id={hintId} className="field-hint">
        This is the only time we can show this link. Keep it private: anyone who has it can see when your sessions are.
      </p>
      <div className="pager">
        <button type="button" className="button" onClick={copy}>
          Copy link
        </button>
        <a className="button button--quiet" href={url.replace(/^https?:\/\//, "webcal://")}>
          Open in my calendar app
        </a>
      </div>
      <p role="status" aria-live="polite" className="small">
        {status}
      </p>
    </div>
  );
}
