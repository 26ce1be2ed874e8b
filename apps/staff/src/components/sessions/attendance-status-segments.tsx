import { type AttendanceStatus, attendanceStatuses } from "@stepwise/domain";
import { staffLabels } from "@stepwise/ui/labels";

/**
 * A client's attendance status as segments: native radios under one name, so the arrow keys move
 * between them and the row's fieldset names the group; each segment is a 44 px target.
 */
export function AttendanceStatusSegments({ name, checked }: { name: string; checked: AttendanceStatus | string }) {
  return (
    <div className="segments">
      {attendanceStatuses.map((status) => (
        <label key={status} className="segment">
          <input type="radio" name={name} value={status} defaultChecked={checked === status} />
          <span>{staffLabels.attendance[status]}</span>
        </label>
      ))}
    </div>
  );
}
