import type { StaffOutputs } from "@stepwise/api/staff";
import type { AlertEventKind, AlertState } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatInstant, isoInstant } from "@stepwise/ui/format";

export type AlertView = StaffOutputs["alerts"]["queue"]["alerts"][number];
export type AlertStep = AlertView["steps"][number];

/** Where an alert stands, in staff words. */
export const alertStateWords: Record<AlertState, string> = {
  open: "Not taken up yet",
  acknowledged: "Taken up",
  resolved: "Resolved",
};

/** What each step in an alert's life was. */
export const alertStepWords: Record<AlertEventKind, string> = {
  opened: "Alert opened",
  notified: "Care team told",
  acknowledged: "Taken up",
  escalated: "Escalated to the program directors",
  follow_up: "Followed up",
  resolved: "Resolved",
};

/** The alert's state as a badge: the words carry it, the tone only supports them. */
export function AlertStateBadge({ alert }: { alert: Pick<AlertView, "state"> }) {
  const tone = alert.state === "open" ? "warn" : alert.state === "acknowledged" ? "info" : "neutral";
  return <Badge tone={tone}>{alertStateWords[alert.state]}</Badge>;
}

/**
 * By when it must be taken up, while nobody has: "Take up by …", or "Overdue since …" in the
 * danger tone once the deadline has passed. Nothing once someone has taken it up.
 */
export function AlertDeadlineBadge({ alert, timeZone }: { alert: Pick<AlertView, "state" | "overdue" | "deadline">; timeZone: string }) {
  if (alert.state !== "open") return null;
  const when = <time dateTime={isoInstant(alert.deadline)}>{formatInstant(alert.deadline, timeZone)}</time>;
  return alert.overdue ? <Badge tone="alert">Overdue since {when}</Badge> : <Badge tone="warn">Take up by {when}</Badge>;
}

/** One step in words: what it was, the action chosen, who took it and when. */
export function AlertStepSummary({ step, timeZone }: { step: AlertStep; timeZone: string }) {
  return (
    <>
      <strong>{alertStepWords[step.kind]}</strong>
      {step.actionLabel ? `: ${step.actionLabel}` : null}
      <span className="muted">
        {" "}
        · {step.by ?? "Stepwise"} · <time dateTime={isoInstant(step.at)}>{formatInstant(step.at, timeZone)}</time>
      </span>
    </>
  );
}

/** Every step of an alert, oldest first, each with its note. */
export function AlertTimeline({ steps, timeZone, id }: { steps: readonly AlertStep[]; timeZone: string; id?: string }) {
  return (
    <ol className="timeline alert-timeline" id={id}>
      {steps.map((step, index) => (
        <li key={`${step.kind}-${index}`}>
          <p>
            <AlertStepSummary step={step} timeZone={timeZone} />
          </p>
          {step.note ? <p className="alert-timeline__note">{step.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
