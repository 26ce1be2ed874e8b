"use server";

import {
  type AttendanceEntry,
  attendanceStatusSchema,
  describeAttendanceMinutesViolation,
  resolveAttendanceMinutes,
} from "@stepwise/domain";
import { type FormState, formFailed, formStateFromError, formSucceeded } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import type { AttendanceFormState } from "~/components/sessions/attendance-form-state";
import { staffCaller } from "~/server/caller";

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Reads the roster form: one group of fields per client (`entries.N.*`). Clients left without a
 * status are skipped. The minutes rule is checked here only to put each message beside its
 * client's fields; the API checks everything again.
 */
function entriesFrom(form: FormData, sessionMinutes: number) {
  const count = Number(form.get("entryCount"));
  const entries: AttendanceEntry[] = [];
  const fieldErrors: Record<string, string[]> = {};
  for (let i = 0; i < (Number.isInteger(count) ? Math.min(count, 500) : 0); i++) {
    const field = (name: string) => {
      const value = form.get(`entries.${i}.${name}`);
      return typeof value === "string" ? value.trim() : "";
    };
    const status = attendanceStatusSchema.safeParse(field("status"));
    if (!status.success) continue;
    const minutesText = field("minutes");
    const minutes = minutesText === "" ? undefined : Number(minutesText);
    if (minutes !== undefined && !Number.isInteger(minutes)) {
      fieldErrors[`entries.${i}.minutes`] = ["Minutes attended must be a whole number."];
      continue;
    }
    const resolved = resolveAttendanceMinutes(status.data, sessionMinutes, minutes);
    if (!resolved.ok) fieldErrors[`entries.${i}.minutes`] = [describeAttendanceMinutesViolation(resolved.violation)];
    const note = field("note");
    // The revision the form was showing, so a save from an out-of-date page is refused, not applied.
    const expectedRevision = Number(field("expectedRevision") || "0");
    entries.push({
      clientId: field("clientId"),
      status: status.data,
      minutesAttended: minutes,
      note: note === "" ? undefined : note,
      expectedRevision: Number.isInteger(expectedRevision) ? expectedRevision : 0,
    });
  }
  return { entries, fieldErrors };
}

function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") values[name] = value;
  return values;
}

export async function saveAttendance(_previous: AttendanceFormState, form: FormData): Promise<AttendanceFormState> {
  const sessionId = String(form.get("sessionId") ?? "");
  const { entries, fieldErrors } = entriesFrom(form, Number(form.get("sessionMinutes")));
  if (Object.keys(fieldErrors).length > 0) {
    return { ...formFailed("Some minutes need a look: see the messages beside them.", fieldErrors), values: typedValues(form) };
  }
  if (entries.length === 0) {
    return { ...formFailed("Choose present, late, left early, absent or excused for at least one client."), values: typedValues(form) };
  }
  try {
    const saved = await (await staffCaller()).attendance.record({ sessionId, entries });
    revalidatePath(`/sessions/${sessionId}`);
    revalidatePath("/sessions");
    const parts = [
      saved.recorded > 0 ? `${plural(saved.recorded, "record", "records")} added` : null,
      saved.corrected > 0 ? `${plural(saved.corrected, "correction", "corrections")} saved` : null,
    ].filter(Boolean);
    return formSucceeded(parts.length > 0 ? `Attendance saved: ${parts.join(", ")}.` : "Nothing had changed, so nothing was saved.");
  } catch (error) {
    return { ...formStateFromError(error), values: typedValues(form) };
  }
}

export async function markEveryonePresent(_previous: FormState, form: FormData): Promise<FormState> {
  const sessionId = String(form.get("sessionId") ?? "");
  try {
    const { marked } = await (await staffCaller()).attendance.markAllPresent({ sessionId });
    revalidatePath(`/sessions/${sessionId}`);
    revalidatePath("/sessions");
    return formSucceeded(
      marked === 0 ? "Everyone already had a record; nothing was changed." : `${plural(marked, "client", "clients")} marked present.`,
    );
  } catch (error) {
    return formStateFromError(error);
  }
}
