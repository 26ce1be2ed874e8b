import type { ComplianceBoardFilter } from "@stepwise/domain";
import Link from "next/link";
import { boardHref } from "./board-filter";

/** Earlier and later pages of the board, keeping its filters; nothing when it fits on one. */
export function RosterPager({
  basePath,
  filter,
  page,
  pageCount,
}: {
  basePath: string;
  filter: ComplianceBoardFilter;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label="Roster pages">
      {page > 1 ? (
        <Link className="button button--quiet" href={boardHref(basePath, filter, page - 1)} rel="prev">
          Previous page
        </Link>
      ) : null}
      <span aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link className="button button--quiet" href={boardHref(basePath, filter, page + 1)} rel="next">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
