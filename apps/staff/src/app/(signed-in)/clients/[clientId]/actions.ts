"use server";

import type { CareDestination, DischargeReason, ReferralClosureReason } from "@stepwise/domain";
import { isCareExit } from "@stepwise/domain";
import { type FormState, formStateFromError, formSucceeded } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { staffCaller } from "~/server/caller";
import { portalAddress } from "~/server/portal-address";
import { otherResponsibility } from "~/components/care-team/care-team-choice";
import { dischargePlanFrom, text } from "~/lib/discharge-plan-form";

/** Runs one enrollment change and refreshes the client's page, or answers with the refusal. */
async function run(form: FormData, done: string, change: (api: Awaited<ReturnType<typeof staffCaller>>) => Promise<unknown>): Promise<FormState> {
  try {
    await change(await staffCaller());
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(`/clients/${text(form, "clientId") ?? ""}`);
  return formSucceeded(done);
}

const enrollmentId = (form: FormData) => text(form, "enrollmentId") ?? "";
const date = (form: FormData, name: string) => text(form, name) ?? "";

export async function scheduleIntakeAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(form, "Intake scheduled.", (api) =>
    api.enrollments.scheduleIntake({ enrollmentId: enrollmentId(form), intakeOn: date(form, "intakeOn") }),
  );
}

export async function activateAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(form, "The enrollment is active.", (api) =>
    api.enrollments.activate({
      enrollmentId: enrollmentId(form),
      programId: text(form, "programId") ?? "",
      scheduleOptionId: text(form, "scheduleOptionId") ?? "",
      startsOn: date(form, "startsOn"),
      primaryTherapistStaffId: text(form, "primaryTherapistStaffId"),
    }),
  );
}

export async function addCareTeamMemberAction(_previous: FormState, form: FormData): Promise<FormState> {
  const choice = text(form, "responsibilityChoice");
  return run(form, "Added to the care team.", (api) =>
    api.careTeam.add({
      enrollmentId: enrollmentId(form),
      staffMemberId: text(form, "staffMemberId") ?? "",
      responsibility: (choice === otherResponsibility ? text(form, "responsibilityOther") : choice) ?? "",
    }),
  );
}

export async function removeCareTeamMemberAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(form, "Removed from the care team.", (api) =>
    api.careTeam.remove({ enrollmentId: enrollmentId(form), careTeamMemberId: text(form, "careTeamMemberId") ?? "" }),
  );
}

export async function changeLevelAction(_previous: FormState, form: FormData): Promise<FormState> {
  const to = (text(form, "to") ?? "") as CareDestination;
  const common = { enrollmentId: enrollmentId(form), to, effectiveOn: date(form, "effectiveOn"), reason: text(form, "reason") ?? "" };
  if (isCareExit(to)) {
    const plan = dischargePlanFrom(form, to);
    if ("refusal" in plan) return plan.refusal;
    return run(form, "The client was discharged with the continuing-care plan.", (api) =>
      api.enrollments.changeLevel({ ...common, dischargePlan: plan.plan }),
    );
  }
  return run(form, "The level of care was changed.", (api) =>
    api.enrollments.changeLevel({
      ...common,
      placement: { programId: text(form, "programId") ?? "", scheduleOptionId: text(form, "scheduleOptionId") ?? "" },
    }),
  );
}

export async function holdAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(form, "The enrollment is on hold.", (api) =>
    api.enrollments.hold({ enrollmentId: enrollmentId(form), reason: text(form, "reason") ?? "", effectiveOn: date(form, "effectiveOn") }),
  );
}

export async function resumeAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(form, "The enrollment is active again.", (api) =>
    api.enrollments.resume({ enrollmentId: enrollmentId(form), reason: text(form, "reason") ?? "", effectiveOn: date(form, "effectiveOn") }),
  );
}

export async function dischargeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const plan = dischargePlanFrom(form);
  if ("refusal" in plan) return plan.refusal;
  return run(form, "The client was discharged with the continuing-care plan.", (api) =>
    api.enrollments.discharge({
      enrollmentId: enrollmentId(form),
      reason: (text(form, "reason") ?? "") as DischargeReason,
      lastDayOn: date(form, "lastDayOn"),
      plan: plan.plan,
    }),
  );
}

export async function closeReferralAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(form, "The referral is closed.", (api) =>
    api.enrollments.closeReferral({
      enrollmentId: enrollmentId(form),
      reason: (text(form, "reason") ?? "") as ReferralClosureReason,
      note: text(form, "note"),
    }),
  );
}

export async function recertifyAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(form, "Recertification recorded.", (api) =>
    api.enrollments.recertify({ enrollmentId: enrollmentId(form), certifiedOn: date(form, "certifiedOn") }),
  );
}

export async function referAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(form, "Referral recorded.", (api) =>
    api.enrollments.refer({ clientId: text(form, "clientId") ?? "", programId: text(form, "programId") ?? "", plannedStartOn: date(form, "plannedStartOn") }),
  );
}

/** A new setup link: shown once in the answer, since only its hash is kept. */
export async function setupLinkAction(_previous: SetupLinkState, form: FormData): Promise<SetupLinkState> {
  try {
    const { setupLink } = await (await staffCaller()).clients.setupLink({ clientId: text(form, "clientId") ?? "" });
    return {
      ...formSucceeded("A new setup link is ready. Earlier links no longer work."),
      link: { ...setupLink, path: portalAddress(setupLink.path) },
    };
  } catch (error) {
    return { ...formStateFromError(error), link: null };
  }
}

export type SetupLinkState = FormState & { link: { path: string; expiresAt: Date } | null };
