import type { FormState } from "@stepwise/ui/form-state";

/** A form's answer that also carries what was typed, so a refusal loses nothing. */
export type ValuesFormState = FormState & { values?: Record<string, string[]> };

/** Every submitted text value by field name (checkbox groups give several). */
export function submittedValues(form: FormData): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && !name.startsWith("$")) (values[name] ??= []).push(value);
  }
  return values;
}

/** The value typed before a refusal, else `fallback`. */
export function typed(state: ValuesFormState, name: string, fallback = ""): string {
  return state.values?.[name]?.[0] ?? fallback;
}

/** Whether a checkbox or radio shows chosen: as submitted after a refusal, else as `initially`. */
export function chosen(state: ValuesFormState, name: string, value: string, initially: boolean): boolean {
  return state.values ? (state.values[name] ?? []).includes(value) : initially;
}
