import { type ComplianceBoardFilter, complianceFilterFlags } from "@stepwise/domain";
import Link from "next/link";
import { complianceFilterLabels } from "~/lib/flags";
import { isFiltered } from "./board-filter";

/**
 * The compliance board's filters as a plain GET form: the URL holds the filters, so a filtered
 * board can be bookmarked or shared, and it works without JavaScript.
 */
export function RosterFilters({
  basePath,
  programs,
  filter,
  offerCaseload,
}: {
  basePath: string;
  programs: readonly { id: string; name: string }[];
  filter: ComplianceBoardFilter;
  /** Only roles that can be on a care team have a caseload to show. */
  offerCaseload: boolean;
}) {
  const filtered = isFiltered(filter);
  return (
    <form method="get" action={basePath} className="filters card" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="visually-hidden">
        Filter the roster
      </h2>
      <div className="field">
        <label htmlFor="filter-program">Program</label>
        <select id="filter-program" name="programId" defaultValue={filter.programId ?? ""}>
          <option value="">All programs</option>
          {programs.map((program) => (
            <option key={program.id} value={program.id}>
              {program.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-flag">Flag</label>
        <select id="filter-flag" name="flag" defaultValue={filter.flag ?? ""}>
          <option value="">Any or none</option>
          {complianceFilterFlags.map((flag) => (
            <option key={flag} value={flag}>
              {complianceFilterLabels[flag]}
            </option>
          ))}
        </select>
      </div>
      {offerCaseload ? (
        <label className="choice filters__choice">
          <input type="checkbox" name="caseload" value="mine" defaultChecked={filter.caseload === "mine"} />
          My caseload
        </label>
      ) : null}
      <div className="filters__actions">
        <button type="submit" className="button">
          Apply
        </button>
        {filtered ? <Link href={basePath}>Clear filters</Link> : null}
      </div>
    </form>
  );
}
