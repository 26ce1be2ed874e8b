import type { FormState } from "@stepwise/ui/form-state";

/** A form's answer that also carries what was typed, so a refusal loses nothing. */
export type ValuesFormState = FormState & { values?: Record<string, string[]> };

/** Every submitted value by field name (checkbox groups give several). */
export function submittedValues(form: FormData): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && !name.startsWith("$")) (values[name] ??= []).push(value);
  }
  return values;
}

/** The typed value after a refusal, else the saved one. */
export function shown(state: ValuesFormState, name: string, saved: string | number | null | undefined): string {
  const typed = state.values?.[name];
  if (typed) return typed[0] ?? "";
  return saved === null || saved === undefined ? "" : String(saved);
}

/** Whether a checkbox shows ticked: as typed after a refusal, else as saved. */
export function ticked(state: ValuesFormState, name: string, value: string, saved: readonly (string | number)[]): boolean {
  if (state.values) return (state.values[name] ?? []).includes(value);
  return saved.map(String).includes(value);
}
