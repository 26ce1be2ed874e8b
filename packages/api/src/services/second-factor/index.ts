export type { SecondFactorRequest } from "./context";
export { replaceOwnRecoveryCodes, requireFreshCode, secondFactorOverview, turnOffOwnSecondFactor } from "./manage";
export { proveSecondFactor } from "./prove";
export { confirmSetUp, startSetUp } from "./set-up";
