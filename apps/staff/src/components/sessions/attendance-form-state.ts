import type { FormState } from "@stepwise/ui/form-state";

/** What the attendance form answers with: on a refusal, what was typed, so nothing is lost. */
export type AttendanceFormState = FormState & { values?: Record<string, string> };
