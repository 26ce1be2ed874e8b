export * from "./program-policy";
export * from "./program-input";
export * from "./schedule-option-input";
export * from "./program-change-conflicts";
export * from "./session-kind";
export * from "./weekly-schedule";
export * from "./schedule-violation";
export * from "./validate-weekly-schedule";
