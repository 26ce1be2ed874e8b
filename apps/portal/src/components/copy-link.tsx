"use client";

import { type ReactNode, useId, useRef, useState } from "react";

/**
 * A link shown once, in a read-only field, with a button that copies it and says so. Where the
 * clipboard is out of reach, the link is selected for the device's own copy command instead.
 */
export function CopyLink({
  url,
  label,
  hint,
  copiedMessage,
  children,
}: {
  url: string;
  label: string;
  /** Where the link goes and how to keep it: read out with the field. */
  hint: ReactNode;
  /** Said once the link is on the clipboard, e.g. where to paste it. */
  copiedMessage: string;
  /** More actions beside the copy button. */
  children?: ReactNode;
}) {
  const inputId = useId();
  const hintId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(copiedMessage);
    } catch {
      field.current?.select();
      setStatus("The link is selected: copy it with your device's copy command.");
    }
  }

  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
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
      <div className="pager">
        <button type="button" className="button" onClick={copy}>
          Copy link
        </button>
        {children}
      </div>
      <p role="status" aria-live="polite" className="small">
        {status}
      </p>
    </div>
  );
}
