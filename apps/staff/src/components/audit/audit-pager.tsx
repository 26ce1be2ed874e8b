import Link from "next/link";

/**
 * Keyset paging, newest first: "Older entries" continues after the last row shown; "Newest entries"
 * goes back to the start (the audit grows while it is read, so pages have no fixed numbers).
 */
export function AuditPager({ newestHref, olderHref, label }: { newestHref: string | null; olderHref: string | null; label: string }) {
  if (!newestHref && !olderHref) return null;
  return (
    <nav className="pager" aria-label={label}>
      {newestHref ? (
        <Link className="button button--quiet" href={newestHref}>
          Newest entries
        </Link>
      ) : null}
      {olderHref ? (
        <Link className="button button--quiet" href={olderHref} rel="next">
          Older entries
        </Link>
      ) : null}
    </nav>
  );
}
