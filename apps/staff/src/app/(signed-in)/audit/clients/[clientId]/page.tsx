import type { StaffOutputs } from "@stepwise/api/staff";
import { auditCursorParamSchema } from "@stepwise/domain";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditPager } from "~/components/audit/audit-pager";
import { DisclosuresTable } from "~/components/audit/disclosures-table";
import { getQueryClient, trpc } from "~/trpc/server";

// The client's name stays out of the tab title and browser history: this is PHI on a shared screen.
export const metadata: Metadata = { title: "Disclosures" };

type SearchParams = Record<string, string | string[] | undefined>;

/** A client's accounting of disclosures: what their family was shown, under which consent, and when. */
export default async function DisclosuresPage({ params, searchParams }: { params: Promise<{ clientId: string }>; searchParams: Promise<SearchParams> }) {
  const { clientId } = await params;
  const before = auditCursorParamSchema.parse((await searchParams).before);
  let disclosures: StaffOutputs["audit"]["disclosures"];
  try {
    disclosures = await getQueryClient().fetchQuery(trpc.audit.disclosures.queryOptions({ clientId, before }));
  } catch (error) {
    // A malformed id names no client: the same answer as one that doesn't exist.
    if (trpcErrorCode(error) === "BAD_REQUEST") notFound();
    handleApiError(error);
  }
  const { client, entries, nextBefore } = disclosures;

  return (
    <>
      <Link href="/audit" className="back-link">
        ← Audit
      </Link>
      <div className="page-intro">
        <h1>Disclosures: {client.name}</h1>
        <p className="lede">
          Every time a family member was shown something of {client.name}&apos;s, under which consent, newest first. The
          client sees the same in their portal, under “Who has seen my information”.
        </p>
        <p>
          <Link href={`/audit?clientId=${client.id}`}>Search the whole audit for this client</Link>
        </p>
      </div>
      {entries.length === 0 ? (
        <p className="card">{before ? "No earlier disclosures." : "No family member has been shown anything of this client's."}</p>
      ) : (
        <>
          <DisclosuresTable entries={entries} caption={`What ${client.name}'s family was shown${before ? " (earlier)" : ""}`} />
          <AuditPager
            label="Disclosure pages"
            newestHref={before ? `/audit/clients/${client.id}` : null}
            olderHref={nextBefore ? `/audit/clients/${client.id}?before=${nextBefore}` : null}
          />
        </>
      )}
    </>
  );
}
