export * from "./account";
export * from "./email-address";
export * from "./password-links";
export * from "./rate-limits";
export * from "./recovery-code";
export * from "./second-factor";
export * from "./second-factor-input";
export * from "./second-factor-wording";
