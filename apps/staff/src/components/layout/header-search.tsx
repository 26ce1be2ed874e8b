/**
 * Find a client from any page, by name or date of birth: a plain GET to the client list, so it
 * works without JavaScript. Shown only to roles that may read client records.
 */
export function HeaderSearch() {
  return (
    <form method="get" action="/clients" role="search" aria-label="Find a client" className="staff-search">
      <label htmlFor="header-search-query">Find a client</label>
      <input id="header-search-query" type="search" name="query" maxLength={100} placeholder="Name or date of birth" autoComplete="off" />
      <button type="submit" className="button button--quiet">
        Find
      </button>
    </form>
  );
}
