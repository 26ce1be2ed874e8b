import type { StaffOutputs } from "@stepwise/api/staff";
import { type StaffRole, mayJoinCareTeam } from "@stepwise/domain";
import { handleApiError } from "@stepwise/ui/trpc-server";
import Link from "next/link";
import { complianceFilterLabels } from "~/lib/flags";
import { getQueryClient, trpc } from "~/trpc/server";
import { boardFilterFrom, isFiltered, type SearchParams } from "./board-filter";
import { RosterCards } from "./roster-cards";
import { RosterFilters } from "./roster-filters";
import { RosterPager } from "./roster-pager";
import { clientLinkFor } from "./roster-parts";
import { RosterTable } from "./roster-table";

/**
 * The compliance board: every client in care, most urgent first, filtered by the URL. A table on
 * a wide screen, one card per client on a phone (the same rows; CSS shows one of the two).
 */
export async function ComplianceBoard({ basePath, role, params }: { basePath: string; role: StaffRole; params: SearchParams }) {
  const clientLink = clientLinkFor(role);
  const { filter, ignored } = boardFilterFrom(params);
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
  const filtered = isFiltered(filter);
  const programName = programs.find((program) => program.id === filter.programId)?.name;
  const showing = [
    filter.caseload === "mine" ? "your caseload" : undefined,
    programName,
    filter.flag ? complianceFilterLabels[filter.flag] : undefined,
  ]
    .filter(Boolean)
    .join(" · ");
  const caption = `${filtered ? `Clients matching ${showing}` : "Active clients"} (${total})${board.pageCount > 1 ? `, ${board.firstNumber}–${board.firstNumber + rows.length - 1} most urgent first` : ""}`;

  return (
    <>
      <div className="page-intro page-intro--tight">
        <h1>Roster</h1>
        <p className="lede">
          {flagged === 0
            ? "No client shown needs follow-up right now."
            : `${flagged} ${flagged === 1 ? "client needs" : "clients need"} follow-up.`}{" "}
          Hours this week and last against each client&apos;s band, flags and the next review.
        </p>
      </div>
      <RosterFilters basePath={basePath} programs={programs} filter={filter} offerCaseload={mayJoinCareTeam(role)} />
      {ignored ? (
        <p className="notice" role="status">
          Those filters weren&apos;t recognised, so the whole roster is shown.
        </p>
      ) : null}
      {rows.length > 0 ? (
        <>
          <RosterTable rows={rows} clientLink={clientLink} caption={caption} />
          <RosterCards rows={rows} clientLink={clientLink} caption={caption} />
          <RosterPager basePath={basePath} filter={filter} page={board.page} pageCount={board.pageCount} />
        </>
      ) : filtered ? (
        <p className="card">
          No client matches {showing}. <Link href={basePath}>Clear filters</Link>
        </p>
      ) : (
        <p className="card">No clients are enrolled in an open program right now.</p>
      )}
    </>
  );
}
