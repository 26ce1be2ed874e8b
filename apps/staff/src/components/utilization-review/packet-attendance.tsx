import { attendanceStatuses } from "@stepwise/domain";
import { staffLabels } from "@stepwise/ui/labels";
import type { ReviewPacket } from "./types";

/** Sessions held at this level so far, counted by how the client attended. */
export function PacketAttendance({ packet }: { packet: ReviewPacket }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby="packet-attendance-caption" tabIndex={0}>
      <table className="review-packet__table">
        <caption id="packet-attendance-caption">Sessions at this level by attendance</caption>
        <thead>
          <tr>
            {attendanceStatuses.map((status) => (
              <th key={status} scope="col" className="numeric">
                {staffLabels.attendance[status]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {attendanceStatuses.map((status) => (
              <td key={status} className="numeric">
                {packet.attendance[status]}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
