"use client";

import { familyInvitationLifetimeDays } from "@stepwise/domain";
import { useId, useRef, useState } from "react";

/** A new invitation link in a read-only field, with a button that copies it and says so. */
export function InvitationLink({ url, name }: { url: string; name: string }) {
  const inputId = useId();
  const hintId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(`Copied. You can paste it into a message to ${name} now.`);
    } catch {
      field.current?.select();
      setStatus("The link is selected: copy it with your device's copy command.");
    }
  }

  return (
    <div className="field notice">
      <label htmlFor={inputId}>Invitation link for {name}</label>
      <p id={hintId} className="field-hint">
        Mail isn&apos;t set up on this server yet, so please send {name} this link yourself, for example in a text
        message. It works once, for {familyInvitationLifetimeDays} days. This is the only time we can show it; if it gets
        lost, you can send a new one.
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
      </div>
      <p role="status" aria-live="polite" className="small">
        {status}
      </p>
    </div>
  );
}
