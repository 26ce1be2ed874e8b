import { consentScopeWording, sharedUnderConsents } from "@stepwise/domain";
import { formatConsentUntil } from "@stepwise/ui/format";
import type { FamilyMember } from "./family-member-types";
import type { ConsentStart } from "./share-form";

/**
 * What the client shares with this person now, taken together (sharedUnderConsents), in words, and
 * what a new consent's form starts from: everything shared now, with the newest consent's purpose
 * and end. Null when nothing is shared with them.
 */
export function currentSharing(member: FamilyMember | undefined): { what: string; until: string; start: ConsentStart } | null {
  if (!member) return null;
  const shared = sharedUnderConsents(member.consents);
  // Consents come newest first.
  const newest = member.consents.find((consent) => consent.standing === "active");
  if (!shared || !newest) return null;
  return {
    what: shared.scopes.map((scope) => consentScopeWording[scope].label).join(", "),
    until: shared.until.map((expiry) => formatConsentUntil(expiry, "client")).join(" or "),
    start: { scopes: shared.scopes, purpose: newest.purpose, expiry: newest.expiry },
  };
}
