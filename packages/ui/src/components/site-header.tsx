import { Brand } from "./brand";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

export interface NavItem {
  href: string;
  label: string;
}

/**
 * The top bar: the app's name, the main navigation and, when signed in, who is signed in (with an
 * optional detail such as a staff role). Navigation is only shown to a signed-in person.
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
          <>
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
                Signed in as <span className="account__name">{user.displayName}</span>
                {user.detail ? <span className="muted"> · {user.detail}</span> : null}
              </span>
              <SignOutButton />
            </div>
          </>
        ) : null}
      </div>
    </header>
  );
}
