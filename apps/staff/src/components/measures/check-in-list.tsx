import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate } from "@stepwise/ui/format";
import { checkInStateWords, occasionWords } from "./check-in-words";
import type { StaffCheckIn } from "./measure-types";

/** The check-ins of the enrollment in care, in date order, each with where it stands. */
export function CheckInList({ checkIns }: { checkIns: readonly StaffCheckIn[] }) {
  if (checkIns.length === 0) return <p className="muted">No check-ins are asked of this enrollment yet.</p>;
  return (
    <ul className="check-in-list">
      {checkIns.map((checkIn) => {
        const state = checkInStateWords[checkIn.state];
        return (
          <li key={`${checkIn.instrument}-${checkIn.occasion}-${checkIn.dueOn}`}>
            <span>
              <strong>{checkIn.instrumentName}</strong> · {occasionWords[checkIn.occasion]} · due {formatCalendarDate(checkIn.dueOn, "medium")}
              {checkIn.state === "due" || checkIn.state === "upcoming" ? (
                <span className="muted"> · open until {formatCalendarDate(checkIn.expiresOn, "medium")}</span>
              ) : null}
              {checkIn.started && checkIn.state !== "answered" ? <span className="muted"> · started in the portal</span> : null}
            </span>{" "}
            <Badge tone={state.tone}>{state.words}</Badge>
          </li>
        );
      })}
    </ul>
  );
}
