import { initialFormState, type FormState } from "@stepwise/ui/form-state";

/** The form's answer, plus the new link the one time it can be shown. */
export type CalendarLinkState = FormState & { feedUrl: string | null };

export const initialCalendarLinkState: CalendarLinkState = { ...initialFormState, feedUrl: null };
