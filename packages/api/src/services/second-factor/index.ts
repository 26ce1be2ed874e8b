export type { SecondFactorRequest } from "./context";
export { replaceOwnRecoveryCodes, secondFactorOverview, turnOffOwnSecondFactor } from "./manage";
export { proveSecondFactor } from "./prove";
export { confirmSetUp, startSetUp } from "./set-up";
