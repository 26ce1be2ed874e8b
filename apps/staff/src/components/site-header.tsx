import type { StaffRole } from "@stepwise/domain";
import { SiteHeader as SharedSiteHeader } from "@stepwise/ui/components";
import { staffLabels } from "@stepwise/ui/labels";

const nav = [{ href: "/", label: "Roster" }];

/** The staff app's top bar: who is signed in, with their role. */
export function SiteHeader({ user }: { user?: { displayName: string; role: StaffRole | null } | null }) {
  const account = user ? { displayName: user.displayName, detail: user.role ? staffLabels.role[user.role] : null } : null;
  return <SharedSiteHeader appName="Staff" nav={nav} user={account} />;
}
