import type { StaffOutputs } from "@stepwise/api/staff";
import { formatCalendarDate } from "@stepwise/ui/format";
import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import { AuditPager } from "~/components/audit/audit-pager";
import { AuditResultsTable } from "~/components/audit/audit-results-table";
import { AuditSearchForm } from "~/components/audit/audit-search-form";
import { auditSearchFrom, auditSearchHref } from "~/lib/audit-search";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Audit" };

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The privacy officer's first screen: who read or changed whose information, when, and whether it
 * was allowed, searched by client, staff member, action, outcome and period, newest first, with the
 * search as a CSV file. Each search is itself on the audit.
 */
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { fields, search, problems } = auditSearchFrom(await searchParams);
  let staff: StaffOutputs["audit"]["filterOptions"]["staff"];
  let page: StaffOutputs["audit"]["search"] | null;
  try {
    const queryClient = getQueryClient();
    [{ staff }, page] = await Promise.all([
      queryClient.fetchQuery(trpc.audit.filterOptions.queryOptions()),
      search ? queryClient.fetchQuery(trpc.audit.search.queryOptions(search)) : Promise.resolve(null),
    ]);
  } catch (error) {
    handleApiError(error);
  }
  const chosenName = page?.rows.flatMap((row) => row.clients).find((client) => client.id === fields.clientId)?.name ?? null;
  const period = search ? `${formatCalendarDate(search.from, "medium")} to ${formatCalendarDate(search.to, "medium")}` : "";
  const { clientId, client, staff: actor, action, outcome, from, to } = fields;
  const kept = { clientId, client: clientId ? "" : client, staff: actor, action, outcome, from, to };

  return (
    <>
      <div className="page-intro">
        <h1>Audit</h1>
        <p className="lede">
          Every time someone opened or changed a client&apos;s information, or was refused, with when, who and whose.
          Open a client&apos;s name to see what their family has been shown.
        </p>
      </div>
      <AuditSearchForm fields={fields} problems={problems} staff={staff} chosenClient={clientId ? { id: clientId, name: chosenName } : null} />
      {!search || !page ? (
        <p className="alert" role="alert">
          Please check the search: {Object.values(problems).join(" ")}
        </p>
      ) : page.rows.length === 0 ? (
        <p className="card">{search.before ? "No older entries match this search." : `Nothing in the audit matches this search from ${period}.`}</p>
      ) : (
        <>
          <p>
            <a className="button button--quiet" href={auditSearchHref("/audit/export", kept)} download>
              Download CSV
            </a>{" "}
            <span className="small muted">Every entry this search finds, not only this page. The download is on the audit too.</span>
          </p>
          <AuditResultsTable rows={page.rows} caption={`Entries from ${period}, newest first${search.before ? " (older entries)" : ""}`} />
          <AuditPager
            label="Audit pages"
            newestHref={search.before ? auditSearchHref("/audit", kept) : null}
            olderHref={page.nextBefore ? auditSearchHref("/audit", kept, page.nextBefore) : null}
          />
        </>
      )}
    </>
  );
}
