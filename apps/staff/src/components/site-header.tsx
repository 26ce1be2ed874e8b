import type { StaffRole } from "@stepwise/domain";
import { roleLabels } from "~/lib/labels";
import { Brand } from "./brand";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

/** The top bar: the app's name, the main navigation and, when signed in, who is signed in. */
export function SiteHeader({ user }: { user?: { displayName: string; role: StaffRole | null } | null }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Brand appName="Staff" />
        {user ? (
          <>
            <nav className="site-nav" aria-label="Main">
              <ul>
                <li>
                  <NavLink href="/">Roster</NavLink>
                </li>
              </ul>
            </nav>
            <div className="account">
              <span>
                Signed in as <span className="account__name">{user.displayName}</span>
                {user.role ? <span className="muted"> · {roleLabels[user.role]}</span> : null}
              </span>
              <SignOutButton />
            </div>
          </>
        ) : null}
      </div>
    </header>
  );
}
