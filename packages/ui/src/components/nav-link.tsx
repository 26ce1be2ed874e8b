"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

function leadsTo(href: string, pathname: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * A navigation link that tells assistive technology when it is the current page. Among the
 * navigation's `siblings`, only the most specific match is current (/clients/new is "New client",
 * not also "Clients").
 */
export function NavLink({ href, siblings = [], children }: { href: string; siblings?: readonly string[]; children: ReactNode }) {
  const pathname = usePathname();
  const current = leadsTo(href, pathname) && !siblings.some((other) => other.length > href.length && leadsTo(other, pathname));
  return (
    <Link href={href} aria-current={current ? "page" : undefined}>
      {children}
    </Link>
  );
}
