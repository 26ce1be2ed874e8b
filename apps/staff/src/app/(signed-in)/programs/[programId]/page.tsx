import type { StaffOutputs } from "@stepwise/api/staff";
import { addDays, careLevelDefinitions, compareCalendarDates, isoWeekdayOf, weekdayName } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate, formatHourBand, formatWallClock, formatWeekdays } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ForbiddenNotice } from "~/components/common/forbidden-notice";
import { getQueryClient, trpc } from "~/trpc/server";
import { OptionForm } from "~/components/programs/option-form";
import { ProgramForm } from "~/components/programs/program-form";
import { TemplateForm } from "~/components/programs/template-form";
import { EndTemplateForm, ExtendTemplateForm } from "~/components/programs/template-period-forms";
import { knownTimeZones } from "~/lib/time-zones";
import { updateProgramAction } from "../actions";

type ProgramDetail = StaffOutputs["programs"]["detail"];

export const metadata: Metadata = { title: "Program" };

const weekPattern = /^\d{4}-\d{2}-\d{2}$/;

export default async function ProgramPage({
  params,
  searchParams,
}: {
  params: Promise<{ programId: string }>;
  searchParams: Promise<{ week?: string | string[] }>;
}) {
  const { programId } = await params;
  const { week } = await searchParams;
  const weekOf = typeof week === "string" && weekPattern.test(week) ? week : undefined;
  let detail: ProgramDetail;
  try {
    detail = await getQueryClient().fetchQuery(trpc.programs.detail.queryOptions({ programId, weekOf }));
  } catch (error) {
    const code = trpcErrorCode(error);
    if (code === "FORBIDDEN") return <ForbiddenNotice what="program settings" />;
    if (code === "BAD_REQUEST") notFound();
    handleApiError(error);
  }
  const { program } = detail;
  return (
    <>
      <Link href="/programs" className="back-link">
        ← Programs
      </Link>
      <div className="page-intro">
        <h1>{program.name}</h1>
        <p className="muted">
          {careLevelDefinitions[program.level].label} · {staffLabels.track[program.track]} · {formatHourBand(program.weeklyMinutes)} a week ·{" "}
          {program.timeZone}
        </p>
      </div>
      <div className="grid grid--two">
        <div className="stack">
          <WeekOfSessions detail={detail} />
          <Templates detail={detail} />
        </div>
        <div className="stack">
          <section className="card" aria-labelledby="settings-heading">
            <h2 id="settings-heading">Settings</h2>
            <ProgramForm action={updateProgramAction} program={program} timeZones={knownTimeZones()} />
          </section>
          <Options detail={detail} />
        </div>
      </div>
    </>
  );
}

function Options({ detail }: { detail: ProgramDetail }) {
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

function Templates({ detail }: { detail: ProgramDetail }) {
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

function WeekOfSessions({ detail }: { detail: ProgramDetail }) {
  const { week, program } = detail;
  const days = Array.from({ length: 7 }, (_, offset) => addDays(week.start, offset));
  return (
    <section className="card" aria-labelledby="week-heading">
      <h2 id="week-heading">Week of {formatCalendarDate(week.start, "medium")}</h2>
      <nav aria-label="Weeks" className="badges">
        <Link href={`/programs/${program.id}?week=${week.previous}`}>← Previous week</Link>
        <Link href={`/programs/${program.id}`}>This week</Link>
        <Link href={`/programs/${program.id}?week=${week.next}`}>Next week →</Link>
      </nav>
      {week.sessions.length === 0 ? <p className="muted">No group sessions this week.</p> : null}
      {days.map((day) => {
        const sessions = week.sessions.filter((session) => compareCalendarDates(session.occursOn, day) === 0);
        if (sessions.length === 0) return null;
        return (
          <div key={day}>
            <h3 className="day-heading">
              {weekdayName(isoWeekdayOf(day))}, {formatCalendarDate(day, "medium")}
            </h3>
            <ul className="sessions">
              {sessions.map((session) => (
                <li key={session.id} className={session.cancelled ? "session session--cancelled" : "session"}>
                  <span>
                    {formatWallClock(session.startTime)}–{formatWallClock(session.endTime)} ·{" "}
                    <Link href={session.takesSignUps ? `/family-sessions/${session.id}` : `/sessions/${session.id}`}>{session.title}</Link>
                  </span>
                  <span className="small muted">
                    {session.facilitatorName ?? "No facilitator"} · {session.location ?? "Video"}
                  </span>
                  {session.cancelled ? <Badge tone="alert">{`Cancelled: ${session.cancellationReason ?? ""}`}</Badge> : null}
                  {session.edited ? <Badge tone="info">Edited</Badge> : null}
                  {session.takesSignUps ? (
                    <Link href={`/family-sessions/${session.id}`} className="small">
                      Sign-ups, waitlist and cancellation
                    </Link>
                  ) : (
                    <Link href={`/sessions/${session.id}/edit`} className="small">
                      Edit or cancel this session
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
