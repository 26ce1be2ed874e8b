"use client";

import { refusalParts } from "@stepwise/domain";
import type { FormState } from "@stepwise/ui/form-state";

/**
 * The form's answer at the top: a success note, or the refusal with every reason listed (the
 * API's reasons and each field's message), read out as an alert. The field messages also sit
 * beside their fields.
 */
export function FormSummary({ state, labels }: { state: FormState; labels: Record<string, string> }) {
  if (state.status === "idle" || !state.message) return <div role="status" aria-atomic="true" />;
  if (state.status === "ok") {
    return (
      <div role="status" aria-atomic="true">
        <p className="notice">{state.message}</p>
      </div>
    );
  }
  const { lead, reasons } = refusalParts(state.message);
  const fieldReasons = Object.entries(state.fieldErrors).flatMap(([name, messages]) =>
    (messages ?? []).map((message) => `${labels[name] ?? name}: ${message}`),
  );
  const all = [...reasons, ...fieldReasons];
  return (
    <div role="alert" aria-atomic="true" className="alert">
      <p>{lead}</p>
      {all.length > 0 ? (
        <ul>
          {all.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
