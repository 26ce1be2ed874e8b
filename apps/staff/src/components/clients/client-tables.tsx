import type { StaffOutputs } from "@stepwise/api/staff";
import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate } from "@stepwise/ui/format";
import Link from "next/link";
import { clientStandingLabels, clientStandingNoLastDay, clientStandingTones } from "~/lib/client-standings";

export type ClientListRow = StaffOutputs["clients"]["list"]["clients"][number];

function ClientName({ row }: { row: ClientListRow }) {
  return <Link href={`/clients/${row.clientId}`}>{row.name}</Link>;
}

function DateCell({ date, none }: { date: string | null | undefined; none: string }) {
  return <td>{date ? <time dateTime={date}>{formatCalendarDate(date, "medium")}</time> : <span className="muted">{none}</span>}</td>;
}

/** Referred clients and those with an intake booked: who, where to, and when. */
export function IntakeQueueTable({ rows, caption }: { rows: readonly ClientListRow[]; caption: string }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby="intake-queue-caption" tabIndex={0}>
      <table>
        <caption id="intake-queue-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Status</th>
            <th scope="col">Program</th>
            <th scope="col">Intake</th>
            <th scope="col">Planned start</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.clientId}>
              <th scope="row">
                <ClientName row={row} />
              </th>
              <td>
                <Badge tone={clientStandingTones[row.standing]}>{clientStandingLabels[row.standing]}</Badge>
              </td>
              <td>
                {row.enrollment?.programName ?? <span className="muted">None</span>}
                {row.enrollment ? <span className="small muted"> · {row.enrollment.level.shortLabel}</span> : null}
              </td>
              <DateCell date={row.enrollment?.intakeOn} none="Not scheduled yet" />
              <DateCell date={row.enrollment?.startsOn} none="Not set" />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Everyone else the search found: in care, on hold, alumni, a closed referral, or on record without an enrollment. */
export function ClientResultsTable({ rows, caption }: { rows: readonly ClientListRow[]; caption: string }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby="client-results-caption" tabIndex={0}>
      <table>
        <caption id="client-results-caption">
          {caption}
          <span className="caption__hint">For alumni and closed referrals, the program and level are those of their latest enrollment.</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Date of birth</th>
            <th scope="col">Status</th>
            <th scope="col">Program</th>
            <th scope="col">Level of care</th>
            <th scope="col">Start date</th>
            <th scope="col">Last day</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.clientId}>
              <th scope="row">
                <ClientName row={row} />
              </th>
              <DateCell date={row.dateOfBirth} none="Not recorded" />
              <td>
                <Badge tone={clientStandingTones[row.standing]}>{clientStandingLabels[row.standing]}</Badge>
              </td>
              <td>{row.enrollment?.programName ?? <span className="muted">None</span>}</td>
              <td>{row.enrollment?.level.shortLabel ?? <span className="muted">None</span>}</td>
              <DateCell date={row.enrollment?.startsOn} none="None" />
              <DateCell date={row.enrollment?.lastDayOn} none={clientStandingNoLastDay[row.standing]} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
