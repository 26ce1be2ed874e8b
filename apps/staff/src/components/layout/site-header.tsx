import { type StaffPermission, type StaffRole, staffMay } from "@stepwise/domain";
import { SiteHeader as SharedSiteHeader } from "@stepwise/ui/components";
import { staffLabels } from "@stepwise/ui/labels";

/** Each place is shown only to roles that may use it; the API checks again on every call. */
const nav: readonly { href: string; label: string; permission: StaffPermission }[] = [
  { href: "/", label: "Roster", permission: "roster.read" },
  { href: "/clients", label: "Clients", permission: "client.read" },
  { href: "/sessions", label: "Sessions", permission: "attendance.write" },
  { href: "/family-sessions", label: "Family sessions", permission: "client.read" },
  { href: "/programs", label: "Programs", permission: "program.write" },
  { href: "/clients/new", label: "New client", permission: "enrollment.write" },
  { href: "/audit", label: "Audit", permission: "audit.read" },
  { href: "/staff-accounts", label: "Staff", permission: "second_factor.reset" },
];

/** The staff app's top bar: who is signed in, with their role. */
export function SiteHeader({ user }: { user?: { displayName: string; role: StaffRole | null } | null }) {
  const account = user ? { displayName: user.displayName, detail: user.role ? staffLabels.role[user.role] : null } : null;
  const role = user?.role ?? null;
  const allowed = role ? nav.filter((item) => staffMay(role, item.permission)) : [];
  return <SharedSiteHeader appName="Staff" nav={allowed} user={account} />;
}
