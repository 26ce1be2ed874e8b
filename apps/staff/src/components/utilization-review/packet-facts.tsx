import { formatCalendarDate } from "@stepwise/ui/format";
import type { ReviewPacket } from "./types";

/** Who, where and at what level since when, and when the next recertification is due. */
export function PacketFacts({ packet }: { packet: ReviewPacket }) {
  const { client, enrollment } = packet;
  return (
    <dl className="facts review-packet__facts">
      <dt>Client</dt>
      <dd>{client.name}</dd>
      <dt>Date of birth</dt>
      <dd>{formatCalendarDate(client.dateOfBirth, "medium")}</dd>
      <dt>Program</dt>
      <dd>{enrollment.programName}</dd>
      <dt>Admitted</dt>
      <dd>{formatCalendarDate(enrollment.admittedOn, "medium")}</dd>
      <dt>Level of care</dt>
      <dd>
        {enrollment.levelLabel} since {formatCalendarDate(enrollment.levelSince, "medium")}
      </dd>
      <dt>Last recertified</dt>
      <dd>{enrollment.lastRecertifiedOn ? formatCalendarDate(enrollment.lastRecertifiedOn, "medium") : "Not yet at this level"}</dd>
      <dt>Next recertification</dt>
      <dd>{enrollment.nextRecertificationDue ? `Due ${formatCalendarDate(enrollment.nextRecertificationDue, "medium")}` : "None scheduled at this level"}</dd>
      <dt>Prepared on</dt>
      <dd>{formatCalendarDate(packet.preparedOn, "medium")}</dd>
    </dl>
  );
}
