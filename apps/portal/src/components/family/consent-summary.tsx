import { consentScopeWording } from "@stepwise/domain";
import { untilWords } from "./consent-dates";
import type { Consent } from "./family-member-types";

const capitalized = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** What one consent shares, why, and until when, as the client signed it. */
export function ConsentSummary({ consent }: { consent: Consent }) {
  return (
    <dl className="facts">
      <dt>What</dt>
      <dd>{consent.scopes.map((scope) => consentScopeWording[scope].label).join(", ")}</dd>
      <dt>Why</dt>
      <dd>{consent.purpose}</dd>
      <dt>How long</dt>
      <dd>{capitalized(untilWords(consent.expiry))}</dd>
    </dl>
  );
}
