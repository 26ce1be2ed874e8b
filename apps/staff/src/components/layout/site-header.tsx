import { type StaffPermission, type StaffRole, staffHomeOf, staffMay } from "@stepwise/domain";
import { type NavItem, SiteHeader as SharedSiteHeader } from "@stepwise/ui/components";
import { staffLabels } from "@stepwise/ui/labels";
import { getCenter } from "~/lib/center";

/** Each place is shown only to roles that may use it; the API checks again on every call. */
const nav: readonly { href: string; label: string; permission: StaffPermission }[] = [
  { href: "/clients", label: "Clients", permission: "client.read" },
  { href: "/sessions", label: "Sessions", permission: "attendance.write" },
  { href: "/family-sessions", label: "Family sessions", permission: "client.read" },
  // Safety alerts and outcomes read check-in scores: never the front desk's.
  { href: "/alerts", label: "Alerts", permission: "measures.read" },
  { href: "/outcomes", label: "Outcomes", permission: "measures.read" },
  // The list opens for every role that reads the roster; changing a program takes program.write.
  { href: "/programs", label: "Programs", permission: "roster.read" },
  // New client is the Clients page's button, so the director's menu fits one row at 1280 px.
  { href: "/audit", label: "Audit", permission: "audit.read" },
  { href: "/staff-accounts", label: "Staff", permission: "second_factor.reset" },
];

/** Home first: Today (with the board beside it) or the board, as the domain's staffHomeOf says. */
function homeLinks(role: StaffRole): NavItem[] {
  switch (staffHomeOf(role)) {
    case "today":
      return [
        { href: "/", label: "Today" },
        { href: "/roster", label: "Roster" },
      ];
    case "board":
      return [{ href: "/", label: "Roster" }];
    case "audit":
      return [];
  }
}

/** The staff app's top bar: the center, who is signed in, with their role. */
export async function SiteHeader({ user }: { user?: { displayName: string; role: StaffRole | null } | null }) {
  const account = user ? { displayName: user.displayName, detail: user.role ? staffLabels.role[user.role] : null } : null;
  const role = user?.role ?? null;
  const allowed = role ? [...homeLinks(role), ...nav.filter((item) => staffMay(role, item.permission))] : [];
  const { name } = await getCenter();
  return <SharedSiteHeader appName="Staff" centerName={name} nav={allowed} user={account} />;
}
