import type { StaffOutputs } from "@stepwise/api/staff";
import { staffLabels } from "@stepwise/ui/labels";

type Revision = StaffOutputs["attendance"]["roster"]["roster"][number]["revisions"][number];

/** "Mar 9, 2026, 6:42 PM EDT" in the program's zone. */
function formatRecordedAt(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    month: "short",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(instant);
}

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
              <time dateTime={revision.recordedAt.toISOString()}>{formatRecordedAt(revision.recordedAt, timeZone)}</time>
            </span>
            {revision.note ? <p className="small">Note: {revision.note}</p> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
