import { type EnrollmentActionKind, type StaffRole, defaultTimeZone, enrollmentActions, staffMay } from "@stepwise/domain";
import { staffLabels } from "@stepwise/ui/labels";
import type { ReactNode } from "react";
import type { CareTeamOption, ClientDetail, ProgramChoice } from "./types";
import { ActivateForm } from "./activate-form";
import { ChangeLevelForm } from "./change-level-form";
import { CloseReferralForm } from "./close-referral-form";
import { DischargeForm } from "./discharge-form";
import { HoldResumeForm } from "./hold-resume-form";
import { RecertifyForm } from "./recertify-form";
import { ReferForm } from "./refer-form";
import { ScheduleIntakeForm } from "./schedule-intake-form";
import { SetupLinkForm } from "./setup-link-form";

/** One action, folded away until staff open it, so the page stays readable. */
function Action({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="enrollment-action">
      <summary>{title}</summary>
      {children}
    </details>
  );
}

/**
 * The actions the domain allows for the open enrollment, among those the staff member's role may
 * take. The API refuses the rest by the same rules; hiding them keeps the page honest.
 */
export function EnrollmentActions({
  detail,
  role,
  staffMemberId,
  programs,
  careTeamOptions,
  today,
}: {
  detail: ClientDetail;
  role: StaffRole;
  staffMemberId: string;
  programs: readonly ProgramChoice[];
  careTeamOptions: readonly CareTeamOption[];
  today: string;
}) {
  const clientId = detail.client.id;
  const open = detail.openEnrollment;
  const mayEnroll = staffMay(role, "enrollment.write");

  function form(kind: EnrollmentActionKind): ReactNode {
    if (kind === "refer") {
      return (
        <Action key="refer" title="New referral">
          <ReferForm clientId={clientId} today={today} programs={programs} />
        </Action>
      );
    }
    if (!open) return null;
    switch (kind) {
      case "schedule_intake":
      case "move_intake": {
        const rescheduling = kind === "move_intake";
        return (
          // One key for both, so the form (and its "Intake scheduled." answer) survives the status change.
          <Action key="intake" title={rescheduling ? "Move the intake" : "Schedule intake"}>
            <ScheduleIntakeForm clientId={clientId} enrollmentId={open.id} today={open.intakeOn ?? today} rescheduling={rescheduling} />
          </Action>
        );
      }
      case "activate":
        return (
          <Action key={kind} title="Activate with a schedule">
            <ActivateForm
              clientId={clientId}
              enrollmentId={open.id}
              programId={open.program.id}
              startsOn={open.startsOn}
              programs={programs}
              therapists={careTeamOptions}
              // A clinician activating a client is most often their therapist.
              defaultTherapistId={role === "clinician" && careTeamOptions.some((o) => o.staffMemberId === staffMemberId) ? staffMemberId : undefined}
            />
          </Action>
        );
      case "change_level":
        return (
          <Action key={kind} title="Change level of care">
            <ChangeLevelForm clientId={clientId} enrollmentId={open.id} currentLevel={open.level} today={today} programs={programs} />
          </Action>
        );
      case "recertify":
        return (
          <Action key={kind} title="Record a recertification">
            <RecertifyForm clientId={clientId} enrollmentId={open.id} today={today} />
          </Action>
        );
      case "hold":
      case "resume":
        return (
          <Action key="hold-resume" title={kind === "resume" ? "Resume" : "Put on hold"}>
            <HoldResumeForm clientId={clientId} enrollmentId={open.id} today={today} resume={kind === "resume"} />
          </Action>
        );
      case "close_referral":
        return (
          <Action key={kind} title="Close the referral">
            <CloseReferralForm clientId={clientId} enrollmentId={open.id} />
          </Action>
        );
      case "discharge":
        return (
          <Action key={kind} title="Discharge with a continuing-care plan">
            <DischargeForm clientId={clientId} enrollmentId={open.id} today={today} />
          </Action>
        );
    }
  }

  const actions: ReactNode[] = enrollmentActions(open)
    .filter((action) => staffMay(role, action.permission))
    .map((action) => form(action.kind));

  if (detail.portalAccount?.awaitingPassword && mayEnroll) {
    actions.push(
      <Action key="setup" title="Portal setup link">
        <p className="small muted">
          {detail.portalAccount.email} has not set a password yet. A new link replaces any link given before.
        </p>
        <SetupLinkForm clientId={clientId} timeZone={open?.program.timeZone ?? detail.enrollments[0]?.program.timeZone ?? defaultTimeZone} />
      </Action>,
    );
  }

  return (
    <section className="card" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Enrollment actions</h2>
      {open ? (
        <p className="small muted">
          {open.program.name} · {staffLabels.enrollmentStatus[open.status]}
        </p>
      ) : null}
      {actions.length > 0 ? <div className="stack">{actions}</div> : <p className="muted">Nothing your role can change here.</p>}
    </section>
  );
}
