import { type StaffRole, staffMay } from "@stepwise/domain";
import { staffLabels } from "@stepwise/ui/labels";
import type { ReactNode } from "react";
import type { CareTeamOption, ClientDetail, ProgramChoice } from "~/components/enrollment/types";
import { ActivateForm } from "./activate-form";
import { ChangeLevelForm } from "./change-level-form";
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
 * The actions the enrollment's status allows and the staff member's role may take. The API
 * checks both again; hiding the rest only keeps the page honest about what can be done.
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
  const mayChangeLevel = staffMay(role, "level_of_care.write");
  const actions: ReactNode[] = [];

  if (open && mayEnroll && (open.status === "referred" || open.status === "intake_scheduled")) {
    const rescheduling = open.status === "intake_scheduled";
    actions.push(
      <Action key="intake" title={rescheduling ? "Move the intake" : "Schedule intake"}>
        <ScheduleIntakeForm clientId={clientId} enrollmentId={open.id} today={open.intakeOn ?? today} rescheduling={rescheduling} />
      </Action>,
    );
  }
  if (open && mayEnroll && open.status === "intake_scheduled") {
    actions.push(
      <Action key="activate" title="Activate with a schedule">
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
      </Action>,
    );
  }
  if (open && mayChangeLevel && (open.status === "active" || open.status === "on_hold")) {
    actions.push(
      <Action key="level" title="Change level of care">
        <ChangeLevelForm clientId={clientId} enrollmentId={open.id} currentLevel={open.level} today={today} programs={programs} />
      </Action>,
    );
    if (open.level !== "outpatient") {
      actions.push(
        <Action key="recertify" title="Record a recertification">
          <RecertifyForm clientId={clientId} enrollmentId={open.id} today={today} />
        </Action>,
      );
    }
  }
  if (open && mayEnroll && (open.status === "active" || open.status === "on_hold")) {
    const resume = open.status === "on_hold";
    actions.push(
      <Action key="hold" title={resume ? "Resume" : "Put on hold"}>
        <HoldResumeForm clientId={clientId} enrollmentId={open.id} today={today} resume={resume} />
      </Action>,
    );
  }
  if (open && mayEnroll) {
    actions.push(
      <Action key="discharge" title="Discharge with a continuing-care plan">
        <DischargeForm clientId={clientId} enrollmentId={open.id} today={today} />
      </Action>,
    );
  }
  if (!open && mayEnroll) {
    actions.push(
      <Action key="refer" title="New referral">
        <ReferForm clientId={clientId} today={today} programs={programs} />
      </Action>,
    );
  }
  if (detail.portalAccount?.awaitingPassword && mayEnroll) {
    actions.push(
      <Action key="setup" title="Portal setup link">
        <p className="small muted">
          {detail.portalAccount.email} has not set a password yet. A new link replaces any link given before.
        </p>
        <SetupLinkForm clientId={clientId} />
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
