"use client";

import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useRef } from "react";

/**
 * The header's navigation and account as a <details> menu: on a phone a "Menu" button opens it (no
 * script needed); on a wide screen the stylesheet shows it open as one row. After a link is
 * followed the menu closes again, so the new page is not hidden behind it.
 */
export function SiteMenu({ children }: { children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  return (
    <details className="site-menu" ref={menu}>
      <summary className="site-menu__toggle">
        <svg className="site-menu__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        Menu
      </summary>
      <div className="site-menu__panel">{children}</div>
    </details>
  );
}
