export { CodeForm, type CodeAction } from "./code-form";
export { RecoveryCodes } from "./recovery-codes";
export { SetUpSteps, type SetUpAction, type SetUpState } from "./set-up-steps";
