import { Brand } from "./brand";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";
import { SiteMenu } from "./site-menu";

export interface NavItem {
  href: string;
  label: string;
}

/**
 * The top bar: the app's name, the main navigation and, when signed in, who is signed in (with an
 * optional detail such as a staff role). Navigation is only shown to a signed-in person: one row on a
 * wide screen, a "Menu" button on a phone (SiteMenu).
 */
export function SiteHeader({
  appName,
  centerName,
  nav,
  user,
}: {
  appName: string;
  /** The treatment center's name (a setting), so people see whose portal this is. */
  centerName?: string;
  nav: readonly NavItem[];
  user?: { displayName: string; detail?: string | null } | null;
}) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Brand appName={appName} centerName={centerName} />
        {user ? (
          <SiteMenu>
            <nav className="site-nav" aria-label="Main">
              <ul>
                {nav.map((item) => (
                  <li key={item.href}>
                    <NavLink href={item.href} siblings={nav.map((other) => other.href)}>
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="account">
              <span>
                <span className="account__label">Signed in as </span>
                <span className="account__name">{user.displayName}</span>
                {user.detail ? <span className="muted"> · {user.detail}</span> : null}
              </span>
              <SignOutButton />
            </div>
          </SiteMenu>
        ) : null}
      </div>
    </header>
  );
}
