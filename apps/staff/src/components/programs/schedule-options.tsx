import { formatWallClock, formatWeekdays } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import { OptionForm } from "./option-form";
import type { ProgramDetail } from "./types";

export function ScheduleOptions({ detail }: { detail: ProgramDetail }) {
  const { program } = detail;
  return (
    <section className="card" aria-labelledby="options-heading">
      <h2 id="options-heading">Schedule options</h2>
      {program.scheduleOptions.length === 0 ? <p className="muted">No schedule options yet.</p> : null}
      {program.scheduleOptions.map((option) => (
        <details key={option.id}>
          <summary>
            {option.name}: {staffLabels.shift[option.shift]}, {formatWeekdays(option.weekdays)}, {formatWallClock(option.startTime)}–
            {formatWallClock(option.endTime)}
          </summary>
          <OptionForm programId={program.id} option={option} />
        </details>
      ))}
      <h3>Add a schedule option</h3>
      <OptionForm programId={program.id} option={null} />
    </section>
  );
}
