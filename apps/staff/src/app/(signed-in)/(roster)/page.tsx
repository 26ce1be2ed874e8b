import type { StaffOutputs } from "@stepwise/api/staff";
import { type ComplianceBoardFilter, complianceBoardFilterSchema, staffMay } from "@stepwise/domain";
import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { RosterFilters } from "~/components/roster/roster-filters";
import { RosterPager } from "~/components/roster/roster-pager";
import { RosterTable } from "~/components/roster/roster-table";
import { complianceFilterLabels } from "~/lib/flags";
import { requireSignedInUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Roster" };

type SearchParams = Record<string, string | string[] | undefined>;

/** The filters in the URL; an empty select means no filter, and a tampered value drops them all. */
function filterFrom(params: SearchParams): { filter: ComplianceBoardFilter; ignored: boolean } {
  const one = (value: string | string[] | undefined) => (typeof value === "string" && value !== "" ? value : undefined);
  const page = one(params.page);
  const parsed = complianceBoardFilterSchema.safeParse({
    programId: one(params.programId),
    flag: one(params.flag),
    page: page === undefined ? undefined : Number(page),
  });
  return parsed.success ? { filter: parsed.data, ignored: false } : { filter: {}, ignored: true };
}

export default async function RosterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireSignedInUser();
  // Only a presentation choice: the API refuses client records to roles without client.read anyway.
  const canOpenClients = user.staff !== null && staffMay(user.staff.role, "client.read");
  const { filter, ignored } = filterFrom(await searchParams);
  let board: StaffOutputs["roster"]["list"];
  let programs: { id: string; name: string }[];
  try {
    const queryClient = getQueryClient();
    [board, programs] = await Promise.all([
      queryClient.fetchQuery(trpc.roster.list.queryOptions(filter)),
      queryClient.fetchQuery(trpc.programs.list.queryOptions()),
    ]);
  } catch (error) {
    handleApiError(error);
  }
  const { rows, total, needFollowUp: flagged } = board;
  const filtered = filter.programId !== undefined || filter.flag !== undefined;
  const programName = programs.find((program) => program.id === filter.programId)?.name;
  const showing = [programName, filter.flag ? complianceFilterLabels[filter.flag] : undefined].filter(Boolean).join(" · ");

  return (
    <>
      <div className="page-intro">
        <h1>Roster</h1>
        <p className="lede">
          Delivered hours this week and last week against each client&apos;s band, days attended, flags and the next
          review or recertification date.{" "}
          {flagged === 0
            ? "No client shown needs follow-up right now."
            : `${flagged} ${flagged === 1 ? "client needs" : "clients need"} follow-up.`}
        </p>
      </div>
      <RosterFilters programs={programs} filter={filter} />
      {ignored ? (
        <p className="notice" role="status">
          Those filters weren&apos;t recognised, so the whole roster is shown.
        </p>
      ) : null}
      {rows.length > 0 ? (
        <>
          <RosterTable
            rows={rows}
            canOpenClients={canOpenClients}
            caption={`${filtered ? `Clients matching ${showing}` : "Active clients"} (${total})${board.pageCount > 1 ? `, ${board.firstNumber}–${board.firstNumber + rows.length - 1} most urgent first` : ""}`}
          />
          <RosterPager filter={filter} page={board.page} pageCount={board.pageCount} />
        </>
      ) : filtered ? (
        <p className="card">
          No client matches {showing}. <Link href="/">Clear filters</Link>
        </p>
      ) : (
        <p className="card">No clients are enrolled in an open program right now.</p>
      )}
    </>
  );
}
