"use server";

import type { CareLevel, IsoWeekday, ProgramTrack, ScheduleShift, SessionKind } from "@stepwise/domain";
import { type ValuesFormState, formFailed, formStateFromError, formSucceeded, submittedValues, textFields } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { staffCaller } from "~/server/caller";

/** A number field: undefined when empty, NaN when not a number (the schema then says so). */
function numberField(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

function minutesFromHours(value: string | undefined): number {
  const hours = numberField(value);
  return hours === undefined ? Number.NaN : Math.round(hours * 60);
}

function weekdays(form: FormData): IsoWeekday[] {
  // Anything else than 1–7 is refused by the schema, in words.
  return form.getAll("weekdays").map(Number) as IsoWeekday[];
}

function refused(error: unknown, form: FormData): ValuesFormState {
  return { ...formStateFromError(error), values: submittedValues(form) };
}

function programFields(form: FormData) {
  const fields = textFields(form);
  return {
    name: fields.name ?? "",
    slug: fields.slug,
    level: fields.level as CareLevel,
    track: fields.track as ProgramTrack,
    timeZone: fields.timeZone ?? "",
    weeklyMinutes: { min: minutesFromHours(fields.weeklyMinHours), max: minutesFromHours(fields.weeklyMaxHours) },
    expectedLengthWeeks: numberField(fields.expectedLengthWeeks) ?? Number.NaN,
    sessionKinds: form.getAll("sessionKinds").map(String) as SessionKind[],
  };
}

export async function createProgramAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  let programId: string;
  try {
    ({ programId } = await (await staffCaller()).programs.create(programFields(form)));
  } catch (error) {
    return refused(error, form);
  }
  revalidatePath("/programs");
  redirect(`/programs/${programId}`);
}

export async function updateProgramAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const fields = textFields(form);
  const programId = fields.programId ?? "";
  try {
    await (await staffCaller()).programs.update({ programId, active: form.get("active") === "on", ...programFields(form) });
  } catch (error) {
    return refused(error, form);
  }
  revalidatePath("/programs");
  revalidatePath(`/programs/${programId}`);
  return formSucceeded("Program settings saved.");
}

function optionFields(form: FormData) {
  const fields = textFields(form);
  return {
    shift: fields.shift as ScheduleShift,
    name: fields.name ?? "",
    weekdays: weekdays(form),
    startTime: fields.startTime ?? "",
    endTime: fields.endTime ?? "",
  };
}

export async function saveScheduleOptionAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const fields = textFields(form);
  const programId = fields.programId ?? "";
  const scheduleOptionId = fields.scheduleOptionId;
  try {
    const api = await staffCaller();
    if (scheduleOptionId) await api.scheduleOptions.update({ scheduleOptionId, ...optionFields(form) });
    else await api.scheduleOptions.create({ programId, ...optionFields(form) });
  } catch (error) {
    return refused(error, form);
  }
  revalidatePath(`/programs/${programId}`);
  return formSucceeded(scheduleOptionId ? "Schedule option saved." : "Schedule option added.");
}

export async function createTemplateAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const fields = textFields(form);
  const programId = fields.programId ?? "";
  let generated: number;
  try {
    ({ generated } = await (await staffCaller()).sessionTemplates.create({
      scheduleOptionId: fields.scheduleOptionId ?? "",
      kind: fields.kind as SessionKind,
      title: fields.title ?? "",
      weekdays: weekdays(form),
      startTime: fields.startTime ?? "",
      endTime: fields.endTime ?? "",
      facilitatorStaffId: fields.facilitatorStaffId,
      location: fields.location,
      videoUrl: fields.videoUrl,
      capacity: numberField(fields.capacity),
      startsOn: fields.startsOn ?? "",
    }));
  } catch (error) {
    return refused(error, form);
  }
  revalidatePath(`/programs/${programId}`);
  return formSucceeded(`Session template added; ${generated} ${generated === 1 ? "session" : "sessions"} dated for the next eight weeks.`);
}

export async function endTemplateAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const fields = textFields(form);
  const programId = fields.programId ?? "";
  let removed: number;
  let cancelled: number;
  try {
    ({ removed, cancelled } = await (await staffCaller()).sessionTemplates.end({
      templateId: fields.templateId ?? "",
      endsOn: fields.endsOn ?? "",
      reason: fields.reason ?? "",
    }));
  } catch (error) {
    return refused(error, form);
  }
  revalidatePath(`/programs/${programId}`);
  const sessions = (count: number) => `${count} later ${count === 1 ? "session" : "sessions"}`;
  const parts = [removed > 0 ? `${sessions(removed)} taken off the schedule` : null, cancelled > 0 ? `${sessions(cancelled)} edited by hand kept as cancelled` : null];
  const what = parts.filter(Boolean).join("; ");
  return formSucceeded(`Template ended${what ? `; ${what}` : ""}.`);
}

export async function extendTemplateAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const fields = textFields(form);
  const programId = fields.programId ?? "";
  const through = fields.through;
  if (!through) return { ...formFailed("Choose the date to date sessions through.", { through: ["Choose a date."] }), values: submittedValues(form) };
  let generated: number;
  try {
    ({ generated } = await (await staffCaller()).sessionTemplates.extend({ templateId: fields.templateId ?? "", through }));
  } catch (error) {
    return refused(error, form);
  }
  revalidatePath(`/programs/${programId}`);
  return formSucceeded(generated === 0 ? "Every session through that date was already dated." : `${generated} more ${generated === 1 ? "session" : "sessions"} dated.`);
}
