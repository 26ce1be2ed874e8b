import { authorizationStandingWords } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import type { ReviewPacket } from "./types";

const medium = (date: string) => formatCalendarDate(date, "medium");

/** Each payer authorization of this enrollment with its period and where it stands today. */
export function PacketAuthorizations({ packet }: { packet: ReviewPacket }) {
  if (packet.authorizations.length === 0) return <p className="muted">No payer authorization recorded for this enrollment.</p>;
  return (
    <div className="table-wrap" role="region" aria-labelledby="packet-authorizations-caption" tabIndex={0}>
      <table className="review-packet__table">
        <caption id="packet-authorizations-caption">
          Authorizations
          <span className="caption__hint">{packet.unit === "attended_day" ? "A unit is a day attended." : "A unit is a session attended."}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Payer</th>
            <th scope="col">Number</th>
            <th scope="col">Period</th>
            <th scope="col" className="numeric">
              Units approved
            </th>
            <th scope="col">Standing</th>
          </tr>
        </thead>
        <tbody>
          {packet.authorizations.map((authorization) => (
            <tr key={`${authorization.payer}-${authorization.number}-${authorization.startsOn}`}>
              <th scope="row">{authorization.payer}</th>
              <td>{authorization.number}</td>
              <td>
                {medium(authorization.startsOn)} – {medium(authorization.endsOn)}
              </td>
              <td className="numeric">{authorization.unitsApproved}</td>
              <td>{authorizationStandingWords(authorization.standing, { unit: packet.unit, formatDate: medium })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
