import { careLevelDefinitions } from "@stepwise/domain";
import { formatHourBand } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getQueryClient, trpc } from "~/trpc/server";
import { ProgramForm } from "~/components/programs/program-form";
import { ScheduleOptions } from "~/components/programs/schedule-options";
import { SessionTemplates } from "~/components/programs/session-templates";
import type { ProgramDetail } from "~/components/programs/types";
import { WeekOfSessions } from "~/components/programs/week-of-sessions";
import { knownTimeZones } from "~/lib/time-zones";
import { updateProgramAction } from "../actions";

export const metadata: Metadata = { title: "Program" };

const weekPattern = /^\d{4}-\d{2}-\d{2}$/;

export default async function ProgramPage({
  params,
  searchParams,
}: {
  params: Promise<{ programId: string }>;
  searchParams: Promise<{ week?: string | string[] }>;
}) {
  const { programId } = await params;
  const { week } = await searchParams;
  const weekOf = typeof week === "string" && weekPattern.test(week) ? week : undefined;
  let detail: ProgramDetail;
  try {
    detail = await getQueryClient().fetchQuery(trpc.programs.detail.queryOptions({ programId, weekOf }));
  } catch (error) {
    const code = trpcErrorCode(error);
    if (code === "BAD_REQUEST") notFound();
    handleApiError(error);
  }
  const { program } = detail;
  return (
    <>
      <Link href="/programs" className="back-link">
        ← Programs
      </Link>
      <div className="page-intro">
        <h1>{program.name}</h1>
        <p className="muted">
          {careLevelDefinitions[program.level].label} · {staffLabels.track[program.track]} · {formatHourBand(program.weeklyMinutes)} a week ·{" "}
          {program.timeZone}
        </p>
      </div>
      <div className="grid grid--two">
        <div className="stack">
          <WeekOfSessions detail={detail} />
          <SessionTemplates detail={detail} />
        </div>
        <div className="stack">
          <section className="card" aria-labelledby="settings-heading">
            <h2 id="settings-heading">Settings</h2>
            <ProgramForm action={updateProgramAction} program={program} timeZones={knownTimeZones()} />
          </section>
          <ScheduleOptions detail={detail} />
        </div>
      </div>
    </>
  );
}
