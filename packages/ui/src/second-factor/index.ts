export { CodeField } from "./code-field";
export { CodeForm, type CodeAction } from "./code-form";
export { CodeStep } from "./code-step";
export { RecoveryCodes } from "./recovery-codes";
export { SetUpSteps, type SetUpAction, type SetUpState, type StartSetUpAction, type StartSetUpState } from "./set-up-steps";
