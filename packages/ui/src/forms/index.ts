export { useFocusAnswer } from "./focus-answer";
export { useFocusFirstProblem } from "./focus-first-problem";
export { useFocusOnArrival } from "./focus-on-arrival";
export { FieldError, fieldAria, FormMessage, SubmitButton } from "./form-parts";
export { initialFormState, type FormState } from "./form-state";
