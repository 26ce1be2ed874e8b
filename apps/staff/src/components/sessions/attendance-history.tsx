import type { StaffOutputs } from "@stepwise/api/staff";
import { formatInstant } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";

type Revision = StaffOutputs["attendance"]["roster"]["roster"][number]["revisions"][number];

/** Every version of one client's record, oldest first, behind a disclosure. */
export function AttendanceHistory({ name, revisions, timeZone }: { name: string; revisions: readonly Revision[]; timeZone: string }) {
  if (revisions.length === 0) return null;
  return (
    <details className="attendance-history">
      <summary>
        History<span className="visually-hidden"> of {name}&apos;s attendance</span> ({revisions.length}{" "}
        {revisions.length === 1 ? "version" : "versions"})
      </summary>
      <ol>
        {revisions.map((revision) => (
          <li key={revision.revision}>
            <strong>
              {revision.revision === 1 ? "Recorded" : `Correction ${revision.revision - 1}`}:{" "}
              {staffLabels.attendance[revision.status]}, {revision.minutesAttended} min
            </strong>
            <br />
            <span className="small muted">
              {revision.recordedBy ?? "Unknown staff member"},{" "}
              <time dateTime={revision.recordedAt.toISOString()}>{formatInstant(revision.recordedAt, timeZone)}</time>
            </span>
            {revision.note ? <p className="small">Note: {revision.note}</p> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
