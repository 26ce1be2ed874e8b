import type { ComplianceBoardFilter } from "@stepwise/domain";
import Link from "next/link";

function pageHref(filter: ComplianceBoardFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.programId) params.set("programId", filter.programId);
  if (filter.flag) params.set("flag", filter.flag);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/?${query}` : "/";
}

/** Earlier and later pages of the board, keeping its filters; nothing when it fits on one. */
export function RosterPager({ filter, page, pageCount }: { filter: ComplianceBoardFilter; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label="Roster pages">
      {page > 1 ? (
        <Link className="button button--quiet" href={pageHref(filter, page - 1)} rel="prev">
          Previous page
        </Link>
      ) : null}
      <span aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link className="button button--quiet" href={pageHref(filter, page + 1)} rel="next">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
