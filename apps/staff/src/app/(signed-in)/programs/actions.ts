"use server";

import type { CareLevel, IsoWeekday, ProgramTrack, ScheduleShift, SessionKind } from "@stepwise/domain";
import { type ValuesFormState, formFailed, formStateFromError, formSucceeded, submittedValues } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { staffCaller } from "~/server/caller";

function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A number field: undefined when empty, NaN when not a number (the schema then says so). */
function numberField(form: FormData, name: string): number | undefined {
  const value = text(form, name);
  return value === undefined ? undefined : Number(value);
}

function minutesFromHours(form: FormData, name: string): number {
  const hours = numberField(form, name);
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
  return {
    name: text(form, "name") ?? "",
    slug: text(form, "slug"),
    level: text(form, "level") as CareLevel,
    track: text(form, "track") as ProgramTrack,
    timeZone: text(form, "timeZone") ?? "",
    weeklyMinutes: { min: minutesFromHours(form, "weeklyMinHours"), max: minutesFromHours(form, "weeklyMaxHours") },
    expectedLengthWeeks: numberField(form, "expectedLengthWeeks") ?? Number.NaN,
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
  const programId = text(form, "programId") ?? "";
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
  return {
    shift: text(form, "shift") as ScheduleShift,
    name: text(form, "name") ?? "",
    weekdays: weekdays(form),
    startTime: text(form, "startTime") ?? "",
    endTime: text(form, "endTime") ?? "",
  };
}

export async function saveScheduleOptionAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const programId = text(form, "programId") ?? "";
  const scheduleOptionId = text(form, "scheduleOptionId");
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
  const programId = text(form, "programId") ?? "";
  let generated: number;
  try {
    ({ generated } = await (await staffCaller()).sessionTemplates.create({
      scheduleOptionId: text(form, "scheduleOptionId") ?? "",
      kind: text(form, "kind") as SessionKind,
      title: text(form, "title") ?? "",
      weekdays: weekdays(form),
      startTime: text(form, "startTime") ?? "",
      endTime: text(form, "endTime") ?? "",
      facilitatorStaffId: text(form, "facilitatorStaffId"),
      location: text(form, "location"),
      videoUrl: text(form, "videoUrl"),
      capacity: numberField(form, "capacity"),
      startsOn: text(form, "startsOn") ?? "",
    }));
  } catch (error) {
    return refused(error, form);
  }
  revalidatePath(`/programs/${programId}`);
  return formSucceeded(`Session template added; ${generated} ${generated === 1 ? "session" : "sessions"} dated for the next eight weeks.`);
}

export async function endTemplateAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const programId = text(form, "programId") ?? "";
  let removed: number;
  let cancelled: number;
  try {
    ({ removed, cancelled } = await (await staffCaller()).sessionTemplates.end({
      templateId: text(form, "templateId") ?? "",
      endsOn: text(form, "endsOn") ?? "",
      reason: text(form, "reason") ?? "",
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
  const programId = text(form, "programId") ?? "";
  const through = text(form, "through");
  if (!through) return { ...formFailed("Choose the date to date sessions through.", { through: ["Choose a date."] }), values: submittedValues(form) };
  let generated: number;
  try {
    ({ generated } = await (await staffCaller()).sessionTemplates.extend({ templateId: text(form, "templateId") ?? "", through }));
  } catch (error) {
    return refused(error, form);
  }
  revalidatePath(`/programs/${programId}`);
  return formSucceeded(generated === 0 ? "Every session through that date was already dated." : `${generated} more ${generated === 1 ? "session" : "sessions"} dated.`);
}
