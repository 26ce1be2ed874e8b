import type { StaffOutputs } from "@stepwise/api/staff";
import { staffLabels } from "@stepwise/ui/labels";
import { AttendanceHistory } from "./attendance-history";

type SessionRoster = StaffOutputs["attendance"]["roster"];

/** The roster of a session that cannot take attendance (cancelled, or not started yet). */
export function ReadOnlyRoster({ roster, timeZone }: { roster: SessionRoster["roster"]; timeZone: string }) {
  if (roster.length === 0) return <p className="card">Nobody is on this session&apos;s roster.</p>;
  return (
    <section className="card" aria-labelledby="roster-heading">
      <h2 id="roster-heading">Roster ({roster.length})</h2>
      <ul className="attendance-list">
        {roster.map((entry) => (
          <li key={entry.clientId} className="attendance-entry">
            <strong>{entry.name}</strong>
            <p className="small muted">
              {entry.record
                ? `Recorded: ${staffLabels.attendance[entry.record.status]}, ${entry.record.minutesAttended} min`
                : "No record"}
            </p>
            <AttendanceHistory name={entry.name} revisions={entry.revisions} timeZone={timeZone} />
          </li>
        ))}
      </ul>
    </section>
  );
}
