import { errorLogSummary } from "@stepwise/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

/**
 * What a server action answers a form with. Actions never throw at the form: a refusal becomes
 * plain words (and, for invalid input, the message of each field), and the page stays as typed.
 */
export type FormState = {
  status: "idle" | "ok" | "error";
  message: string | null;
  fieldErrors: Record<string, string[] | undefined>;
};

export const initialFormState: FormState = { status: "idle", message: null, fieldErrors: {} };

export function formSucceeded(message: string): FormState {
  return { status: "ok", message, fieldErrors: {} };
}

export function formFailed(message: string, fieldErrors: FormState["fieldErrors"] = {}): FormState {
  return { status: "error", message, fieldErrors };
}

/** The reasons an API refusal ties to fields (its cause's `fieldErrors`), shown beside each field. */
function refusedFields(cause: unknown): FormState["fieldErrors"] {
  if (typeof cause !== "object" || cause === null || !("fieldErrors" in cause)) return {};
  const { fieldErrors } = cause;
  return typeof fieldErrors === "object" && fieldErrors !== null ? (fieldErrors as FormState["fieldErrors"]) : {};
}

/**
 * Maps what a procedure threw to the form's state. The API's refusals already speak plainly;
 * invalid input names its fields; anything unexpected is logged here (without its message, which
 * may quote SQL and its values) and answered generically, so no SQL or stack trace reaches the screen.
 */
export function formStateFromError(error: unknown): FormState {
  if (error instanceof TRPCError) {
    if (error.code === "BAD_REQUEST" && error.cause instanceof z.ZodError) {
      return formFailed("Please check the highlighted fields.", z.flattenError(error.cause).fieldErrors);
    }
    if (error.code !== "INTERNAL_SERVER_ERROR") return formFailed(error.message, refusedFields(error.cause));
  }
  console.error("[form] action failed:", errorLogSummary(error));
  return formFailed("Something went wrong on our side. Please try again.");
}

/** A submitted form's text fields by name, trimmed; an empty field is undefined. */
export type TextFields = Record<string, string | undefined>;

/** The text fields of a submitted form, trimmed; empty fields become undefined. */
export function textFields(form: FormData): TextFields {
  const fields: TextFields = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") continue;
    const trimmed = value.trim();
    fields[name] = trimmed === "" ? undefined : trimmed;
  }
  return fields;
}

/** A form's answer that also carries what was typed, so a refusal loses nothing. */
export type ValuesFormState = FormState & { values?: Record<string, string[]> };

/** Every submitted text value by field name (checkbox groups give several); Next's own fields are left out. */
export function submittedValues(form: FormData): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && !name.startsWith("$")) (values[name] ??= []).push(value);
  }
  return values;
}

/** What a field shows: as typed before a refusal, else the saved value (empty when there is none). */
export function shown(state: ValuesFormState, name: string, saved?: string | number | null): string {
  const typed = state.values?.[name];
  if (typed) return typed[0] ?? "";
  return saved === null || saved === undefined ? "" : String(saved);
}

/** Whether a checkbox or radio shows chosen: as submitted after a refusal, else as saved. */
export function ticked(state: ValuesFormState, name: string, value: string, saved: readonly (string | number)[]): boolean {
  if (state.values) return (state.values[name] ?? []).includes(value);
  return saved.map(String).includes(value);
}
