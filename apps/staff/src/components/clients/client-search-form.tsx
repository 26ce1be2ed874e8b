import { type ClientSearchInput, clientStandings } from "@stepwise/domain";
import Link from "next/link";
import { clientStandingLabels } from "~/lib/client-standings";

/**
 * Finding clients as a plain GET form: the URL holds the search, so it can be bookmarked or
 * shared, and it works without JavaScript.
 */
export function ClientSearchForm({ search, offerCaseload }: { search: ClientSearchInput; offerCaseload: boolean }) {
  const searching = search.query !== undefined || search.status !== undefined || search.caseload !== undefined;
  return (
    <form method="get" action="/clients" className="filters card" role="search" aria-labelledby="client-search-heading">
      <h2 id="client-search-heading" className="visually-hidden">
        Find a client
      </h2>
      <div className="field">
        <label htmlFor="client-search-query">Name</label>
        <input
          id="client-search-query"
          type="search"
          name="query"
          maxLength={100}
          defaultValue={search.query ?? ""}
          aria-describedby="client-search-query-hint"
        />
        <p id="client-search-query-hint" className="field-hint">
          First, last or preferred name, &ldquo;Last, First&rdquo;, or a date of birth (4/12/1990).
        </p>
      </div>
      <div className="field">
        <label htmlFor="client-search-status">Status</label>
        <select id="client-search-status" name="status" defaultValue={search.status ?? ""}>
          <option value="">Any</option>
          {clientStandings.map((standing) => (
            <option key={standing} value={standing}>
              {clientStandingLabels[standing]}
            </option>
          ))}
        </select>
      </div>
      {offerCaseload ? (
        <label className="choice filters__choice">
          <input type="checkbox" name="caseload" value="mine" defaultChecked={search.caseload === "mine"} />
          My caseload
        </label>
      ) : null}
      <div className="filters__actions">
        <button type="submit" className="button">
          Search
        </button>
        {searching ? <Link href="/clients">Clear search</Link> : null}
      </div>
    </form>
  );
}
