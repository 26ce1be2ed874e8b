import type { AccountKind } from "@stepwise/domain";
import { SiteHeader as SharedSiteHeader } from "@stepwise/ui/components";
import { getCenter } from "~/lib/center";

// The calendar link is set up once, from My schedule ("add them to your phone's calendar").
const clientNav = [
  { href: "/", label: "My plan" },
  // The treatment plan, by what the client reads it for: their goals and how they are going.
  { href: "/treatment-plan", label: "My goals" },
  { href: "/schedule", label: "My schedule" },
  { href: "/hours", label: "My hours" },
  { href: "/family", label: "My family" },
  { href: "/family-sessions", label: "Family sessions" },
  { href: "/account/security", label: "Sign-in security" },
];

const familyNav = [
  { href: "/", label: "Shared with me" },
  { href: "/family-sessions", label: "Family sessions" },
  { href: "/account/security", label: "Sign-in security" },
];

/** The portal's top bar, naming the center (its settings unless given); navigation and the account only once someone is signed in. */
export async function SiteHeader({
  user,
  centerName,
}: {
  user?: { displayName: string; kind: AccountKind } | null;
  centerName?: string;
}) {
  const nav = user?.kind === "family" ? familyNav : clientNav;
  return (
    <SharedSiteHeader appName="Portal" centerName={centerName ?? (await getCenter()).name} nav={nav} user={user ? { displayName: user.displayName } : null} />
  );
}
