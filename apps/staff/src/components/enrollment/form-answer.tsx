"use client";

import { refusalParts } from "@stepwise/domain";
import type { FormState } from "@stepwise/ui/form-state";

/**
 * The form's answer at the top: a success note, or the refusal with every reason the API gave
 * listed one per line, read out as an alert. Field messages also sit beside their fields.
 */
export function FormAnswer({ state }: { state: FormState }) {
  if (state.status === "idle" || !state.message) return <div role="status" aria-atomic="true" />;
  if (state.status === "ok") {
    return (
      <div role="status" aria-atomic="true">
        <p className="notice">{state.message}</p>
      </div>
    );
  }
  const { lead, reasons } = refusalParts(state.message);
  return (
    <div role="alert" aria-atomic="true" className="alert">
      <p>{lead}</p>
      {reasons.length > 0 ? (
        <ul>
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
