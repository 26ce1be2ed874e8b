export { useFocusFirstProblem } from "./focus-first-problem";
export { FieldError, fieldAria, FormMessage, SubmitButton } from "./form-parts";
export { initialFormState, type FormState } from "./form-state";
