import { weekStandingReason } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import type { RosterRow } from "./roster-row";
import { bandShort, hoursShort, standingLabels } from "~/lib/flags";

/**
 * This week's hours against the band, its standing and why (the hours still scheduled), so two
 * clients at 3 h read "On track" and "Under floor" for a reason staff can see. The standing is left
 * out when the row's flags already say it, so a flag is said once.
 */
export function ThisWeek({ row }: { row: RosterRow }) {
  const standing = standingLabels[row.thisWeek.standing];
  const saidByFlag = row.thisWeek.standing === "under_floor" && row.flags.some((flag) => flag.kind === "under_floor_this_week");
  const reason = weekStandingReason(row.thisWeek.standing, row.thisWeek.stillScheduledMinutes, hoursShort);
  return (
    <>
      {hoursShort(row.thisWeek.minutes)} <span className="muted">of {bandShort(row.band)}</span>
      {saidByFlag ? null : (
        <>
          {" "}
          <Badge tone={standing.tone}>{standing.label}</Badge>
        </>
      )}
      <br />
      <span className="small muted">
        {row.thisWeek.daysAttended} {row.thisWeek.daysAttended === 1 ? "day" : "days"}
        {reason ? ` · ${reason}` : null}
      </span>
    </>
  );
}

/** Last week's hours, standing and days, quietly: it is done and cannot change. */
export function LastWeek({ row }: { row: RosterRow }) {
  return (
    <>
      {hoursShort(row.lastWeek.minutes)} <span className="muted">of {bandShort(row.band)}</span>
      <br />
      <span className="small muted">
        {standingLabels[row.lastWeek.standing].label}, {row.lastWeek.daysAttended} {row.lastWeek.daysAttended === 1 ? "day" : "days"}
      </span>
    </>
  );
}
