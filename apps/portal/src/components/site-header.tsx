import { Brand } from "./brand";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

/** The top bar: the app's name, the main navigation and, when signed in, who is signed in. */
export function SiteHeader({ displayName }: { displayName?: string | null }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Brand appName="Portal" />
        {displayName ? (
          <>
            <nav className="site-nav" aria-label="Main">
              <ul>
                <li>
                  <NavLink href="/">My plan</NavLink>
                </li>
              </ul>
            </nav>
            <div className="account">
              <span>
                Signed in as <span className="account__name">{displayName}</span>
              </span>
              <SignOutButton />
            </div>
          </>
        ) : null}
      </div>
    </header>
  );
}
