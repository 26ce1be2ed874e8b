export * from "./account";
export * from "./attendance-status";
export * from "./care-level";
export * from "./enrollment-status";
export * from "./session-kind";
export * from "./track";
export * from "./staff-permission";
