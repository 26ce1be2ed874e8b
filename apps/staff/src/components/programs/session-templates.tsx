import { addDays } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate, formatWallClock, formatWeekdays } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import { TemplateForm } from "./template-form";
import { EndTemplateForm, ExtendTemplateForm } from "./template-period-forms";
import type { ProgramDetail } from "./types";

export function SessionTemplates({ detail }: { detail: ProgramDetail }) {
  const { program, templates, today } = detail;
  return (
    <section className="card" aria-labelledby="templates-heading">
      <h2 id="templates-heading">Session templates</h2>
      <p className="muted small">Weekly recurring sessions; each one dates its sessions eight weeks ahead in {program.timeZone}.</p>
      {templates.length === 0 ? <p className="muted">No session templates yet.</p> : null}
      <ul className="stack">
        {templates.map((template) => (
          <li key={template.id}>
            <strong>{template.title}</strong> <span className="muted">· {staffLabels.sessionKind[template.kind]}</span>
            {template.ended ? (
              <>
                {" "}
                <Badge tone="neutral">Ended</Badge>
              </>
            ) : null}
            <br />
            {template.scheduleOptionName}: {formatWeekdays(template.weekdays)}, {formatWallClock(template.startTime)}–{formatWallClock(template.endTime)}
            <br />
            <span className="small">
              {template.facilitatorName ?? "No facilitator"} · {[template.location, template.videoUrl ? "video" : null].filter(Boolean).join(" and ")}
              {template.capacity ? ` · up to ${template.capacity}` : ""} · from {formatCalendarDate(template.startsOn, "medium")}
              {template.endsOn ? ` to ${formatCalendarDate(template.endsOn, "medium")}` : ""}
            </span>
            {template.ended ? null : (
              <details>
                <summary>End or date further ahead</summary>
                <div className="grid grid--two">
                  <EndTemplateForm programId={program.id} templateId={template.id} today={today} />
                  <ExtendTemplateForm programId={program.id} templateId={template.id} suggested={addDays(today, 12 * 7)} />
                </div>
              </details>
            )}
          </li>
        ))}
      </ul>
      {program.scheduleOptions.length > 0 ? (
        <>
          <h3>Add a session template</h3>
          <TemplateForm programId={program.id} options={program.scheduleOptions} kinds={program.sessionKinds} facilitators={detail.facilitators} today={today} />
        </>
      ) : (
        <p className="muted">Add a schedule option first: templates belong to one.</p>
      )}
    </section>
  );
}
