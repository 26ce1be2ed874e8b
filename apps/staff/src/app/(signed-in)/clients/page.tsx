import {
  type ClientSearchInput,
  type ClientStanding,
  clientSearchInputSchema,
  intakeQueueStandings,
  mayJoinCareTeam,
  staffMay,
} from "@stepwise/domain";
import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { ClientSearchForm } from "~/components/clients/client-search-form";
import { type ClientListRow, ClientResultsTable, IntakeQueueTable } from "~/components/clients/client-tables";
import { clientStandingLabels } from "~/lib/client-standings";
import { requireSignedInUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Clients" };

type SearchParams = Record<string, string | string[] | undefined>;

/** The search in the URL; empty fields mean no filter, and an unusable value drops the search. */
function searchFrom(params: SearchParams): { search: ClientSearchInput; ignored: boolean } {
  const one = (value: string | string[] | undefined) => (typeof value === "string" && value.trim() !== "" ? value : undefined);
  const parsed = clientSearchInputSchema.safeParse({ query: one(params.query), status: one(params.status), caseload: one(params.caseload) });
  return parsed.success ? { search: parsed.data, ignored: false } : { search: {}, ignored: true };
}

const inIntakeQueue = (standing: ClientStanding) => (intakeQueueStandings as readonly ClientStanding[]).includes(standing);

function describeSearch(search: ClientSearchInput): string {
  return [
    search.query ? `“${search.query}”` : undefined,
    search.status ? clientStandingLabels[search.status].toLowerCase() : undefined,
    search.caseload === "mine" ? "your caseload" : undefined,
  ]
    .filter(Boolean)
    .join(", ");
}

export default async function ClientsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireSignedInUser();
  const canCreate = user.staff !== null && staffMay(user.staff.role, "enrollment.write");
  const { search, ignored } = searchFrom(await searchParams);
  let found: { clients: ClientListRow[]; truncated: boolean };
  try {
    found = await getQueryClient().fetchQuery(trpc.clients.list.queryOptions(search));
  } catch (error) {
    handleApiError(error);
  }
  const searching = search.query !== undefined || search.status !== undefined || search.caseload !== undefined;
  // The queue is shown unless the status chosen leaves it out.
  const showQueue = search.status === undefined || inIntakeQueue(search.status);
  const queue = found.clients.filter((row) => inIntakeQueue(row.standing));
  const others = found.clients.filter((row) => !inIntakeQueue(row.standing));
  const matching = searching ? ` matching ${describeSearch(search)}` : "";

  return (
    <>
      <div className="page-intro">
        <h1>Clients</h1>
        <p className="lede">
          Everyone on record: the intake queue first, then clients in care, on hold, alumni, closed referrals and
          those without an enrollment. Find anyone by name or date of birth.
        </p>
        {canCreate ? (
          <p>
            <Link href="/clients/new" className="button">
              New client
            </Link>
          </p>
        ) : null}
      </div>
      <ClientSearchForm search={search} offerCaseload={user.staff !== null && mayJoinCareTeam(user.staff.role)} />
      {ignored ? (
        <p className="notice" role="status">
          That search wasn&apos;t recognised (a name or date of birth takes 1 to 100 characters), so every client is shown.
        </p>
      ) : null}
      {found.truncated ? (
        <p className="notice" role="status">
          Only the first {found.clients.length} clients are shown. Search by name or status to narrow the list.
        </p>
      ) : null}

      {found.clients.length === 0 ? (
        <p className="card">
          {searching ? (
            <>
              No client matches {describeSearch(search)}. <Link href="/clients">Clear search</Link>
            </>
          ) : (
            "No clients are on record yet."
          )}
        </p>
      ) : (
        <>
          {showQueue ? (
            <section aria-labelledby="intake-queue-heading" className="stack">
              <h2 id="intake-queue-heading">Intake queue</h2>
              {queue.length > 0 ? (
                <IntakeQueueTable rows={queue} caption={`Referred or intake scheduled${matching} (${queue.length})`} />
              ) : (
                <p className="card">{searching ? `No one in the intake queue matches ${describeSearch(search)}.` : "No one is waiting for intake."}</p>
              )}
            </section>
          ) : null}
          {others.length > 0 || !showQueue ? (
            <section aria-labelledby="client-results-heading" className="stack">
              <h2 id="client-results-heading">{showQueue ? "Other clients" : "Results"}</h2>
              <ClientResultsTable rows={others} caption={`Clients${matching} (${others.length})`} />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
