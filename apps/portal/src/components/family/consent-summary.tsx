import { consentScopeWording } from "@stepwise/domain";
import { capitalize, formatConsentUntil } from "@stepwise/ui/format";
import type { Consent } from "./family-member-types";

/** What one consent shares, why, and until when, as the client signed it. */
export function ConsentSummary({ consent }: { consent: Consent }) {
  return (
    <dl className="facts">
      <dt>What</dt>
      <dd>{consent.scopes.map((scope) => consentScopeWording[scope].label).join(", ")}</dd>
      <dt>Why</dt>
      <dd>{consent.purpose}</dd>
      <dt>How long</dt>
      <dd>{capitalize(formatConsentUntil(consent.expiry, "client"))}</dd>
    </dl>
  );
}
