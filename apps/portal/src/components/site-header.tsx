import { SiteHeader as SharedSiteHeader } from "@stepwise/ui/components";

const nav = [
  { href: "/", label: "My plan" },
  { href: "/schedule", label: "My schedule" },
  { href: "/hours", label: "My hours" },
  { href: "/calendar", label: "Calendar" },
];

/** The portal's top bar; navigation and the account only once someone is signed in. */
export function SiteHeader({ displayName }: { displayName?: string | null }) {
  return <SharedSiteHeader appName="Portal" nav={nav} user={displayName ? { displayName } : null} />;
}
