"use server";

import type { CareDestination, DischargeReason, ReferralClosureReason } from "@stepwise/domain";
import { isCareExit } from "@stepwise/domain";
import { type FormState, type TextFields, formStateFromError, formSucceeded, textFields } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { staffCaller } from "~/server/caller";
import { portalAddress } from "~/server/portal-address";
import { otherResponsibility } from "~/components/care-team/care-team-choice";
import { dischargePlanFrom } from "~/lib/discharge-plan-form";

/** Runs one enrollment change and refreshes the client's page, or answers with the refusal. */
async function run(fields: TextFields, done: string, change: (api: Awaited<ReturnType<typeof staffCaller>>) => Promise<unknown>): Promise<FormState> {
  try {
    await change(await staffCaller());
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(`/clients/${fields.clientId ?? ""}`);
  return formSucceeded(done);
}

export async function scheduleIntakeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = textFields(form);
  return run(fields, "Intake scheduled.", (api) =>
    api.enrollments.scheduleIntake({ enrollmentId: fields.enrollmentId ?? "", intakeOn: fields.intakeOn ?? "" }),
  );
}

export async function activateAction(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = textFields(form);
  return run(fields, "The enrollment is active.", (api) =>
    api.enrollments.activate({
      enrollmentId: fields.enrollmentId ?? "",
      programId: fields.programId ?? "",
      scheduleOptionId: fields.scheduleOptionId ?? "",
      startsOn: fields.startsOn ?? "",
      primaryTherapistStaffId: fields.primaryTherapistStaffId,
    }),
  );
}

export async function addCareTeamMemberAction(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = textFields(form);
  const choice = fields.responsibilityChoice;
  return run(fields, "Added to the care team.", (api) =>
    api.careTeam.add({
      enrollmentId: fields.enrollmentId ?? "",
      staffMemberId: fields.staffMemberId ?? "",
      responsibility: (choice === otherResponsibility ? fields.responsibilityOther : choice) ?? "",
    }),
  );
}

export async function removeCareTeamMemberAction(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = textFields(form);
  return run(fields, "Removed from the care team.", (api) =>
    api.careTeam.remove({ enrollmentId: fields.enrollmentId ?? "", careTeamMemberId: fields.careTeamMemberId ?? "" }),
  );
}

export async function changeLevelAction(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = textFields(form);
  const to = (fields.to ?? "") as CareDestination;
  const common = { enrollmentId: fields.enrollmentId ?? "", to, effectiveOn: fields.effectiveOn ?? "", reason: fields.reason ?? "" };
  if (isCareExit(to)) {
    const plan = dischargePlanFrom(fields, to);
    if ("refusal" in plan) return plan.refusal;
    return run(fields, "The client was discharged with the continuing-care plan.", (api) =>
      api.enrollments.changeLevel({ ...common, dischargePlan: plan.plan }),
    );
  }
  return run(fields, "The level of care was changed.", (api) =>
    api.enrollments.changeLevel({
      ...common,
      placement: { programId: fields.programId ?? "", scheduleOptionId: fields.scheduleOptionId ?? "" },
    }),
  );
}

export async function holdAction(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = textFields(form);
  return run(fields, "The enrollment is on hold.", (api) =>
    api.enrollments.hold({ enrollmentId: fields.enrollmentId ?? "", reason: fields.reason ?? "", effectiveOn: fields.effectiveOn ?? "" }),
  );
}

export async function resumeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = textFields(form);
  return run(fields, "The enrollment is active again.", (api) =>
    api.enrollments.resume({ enrollmentId: fields.enrollmentId ?? "", reason: fields.reason ?? "", effectiveOn: fields.effectiveOn ?? "" }),
  );
}

export async function dischargeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = textFields(form);
  const plan = dischargePlanFrom(fields);
  if ("refusal" in plan) return plan.refusal;
  return run(fields, "The client was discharged with the continuing-care plan.", (api) =>
    api.enrollments.discharge({
      enrollmentId: fields.enrollmentId ?? "",
      reason: (fields.reason ?? "") as DischargeReason,
      lastDayOn: fields.lastDayOn ?? "",
      plan: plan.plan,
    }),
  );
}

export async function closeReferralAction(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = textFields(form);
  return run(fields, "The referral is closed.", (api) =>
    api.enrollments.closeReferral({
      enrollmentId: fields.enrollmentId ?? "",
      reason: (fields.reason ?? "") as ReferralClosureReason,
      note: fields.note,
    }),
  );
}

export async function recertifyAction(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = textFields(form);
  return run(fields, "Recertification recorded.", (api) =>
    api.enrollments.recertify({ enrollmentId: fields.enrollmentId ?? "", certifiedOn: fields.certifiedOn ?? "" }),
  );
}

export async function referAction(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = textFields(form);
  return run(fields, "Referral recorded.", (api) =>
    api.enrollments.refer({ clientId: fields.clientId ?? "", programId: fields.programId ?? "", plannedStartOn: fields.plannedStartOn ?? "" }),
  );
}

/** A new setup link: shown once in the answer, since only its hash is kept. */
export async function setupLinkAction(_previous: SetupLinkState, form: FormData): Promise<SetupLinkState> {
  const fields = textFields(form);
  try {
    const { setupLink } = await (await staffCaller()).clients.setupLink({ clientId: fields.clientId ?? "" });
    return {
      ...formSucceeded("A new setup link is ready. Earlier links no longer work."),
      link: { ...setupLink, path: portalAddress(setupLink.path) },
    };
  } catch (error) {
    return { ...formStateFromError(error), link: null };
  }
}

export type SetupLinkState = FormState & { link: { path: string; expiresAt: Date } | null };
