import type { StaffOutputs } from "@stepwise/api/staff";
import { careLevelDefinitions, staffMay } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatHourBand, formatWallClock, formatWeekdays } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { requireSignedInUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Programs" };

export default async function ProgramsPage() {
  const user = await requireSignedInUser();
  // Only roles that may change programs are offered the changes (and a program's page); the API refuses the rest.
  const canEdit = user.staff !== null && staffMay(user.staff.role, "program.write");
  let programs: StaffOutputs["programs"]["list"];
  try {
    programs = await getQueryClient().fetchQuery(trpc.programs.list.queryOptions());
  } catch (error) {
    handleApiError(error);
  }
  return (
    <>
      <div className="page-intro">
        <h1>Programs</h1>
        <p className="muted">Each program&apos;s level of care, weekly band and schedule options.</p>
        {canEdit ? (
          <p>
            <Link href="/programs/new" className="button">
              New program
            </Link>
          </p>
        ) : null}
      </div>
      <div className="table-wrap" role="region" aria-labelledby="programs-caption" tabIndex={0}>
        <table>
          <caption id="programs-caption" className="visually-hidden">
            Programs
          </caption>
          <thead>
            <tr>
              <th scope="col">Program</th>
              <th scope="col">Level of care</th>
              <th scope="col">Track</th>
              <th scope="col">Weekly band</th>
              <th scope="col">Schedule options</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {programs.map((program) => (
              <tr key={program.id}>
                <th scope="row">
                  {canEdit ? <Link href={`/programs/${program.id}`}>{program.name}</Link> : program.name}
                </th>
                <td>{careLevelDefinitions[program.level].shortLabel}</td>
                <td>{staffLabels.track[program.track]}</td>
                <td>{formatHourBand(program.weeklyMinutes)} a week</td>
                <td>
                  {program.scheduleOptions.length === 0 ? (
                    <span className="muted">None yet</span>
                  ) : (
                    <ul>
                      {program.scheduleOptions.map((option) => (
                        <li key={option.id}>
                          {option.name}: {formatWeekdays(option.weekdays)}, {formatWallClock(option.startTime)}–{formatWallClock(option.endTime)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{program.active ? <Badge tone="ok">Active</Badge> : <Badge tone="neutral">Inactive</Badge>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
