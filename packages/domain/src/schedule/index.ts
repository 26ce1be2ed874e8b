export * from "./session-template-input";
export * from "./template-occurrences";
export * from "./template-period";
export * from "./template-change";
export * from "./session-occurrence-edit";
export * from "./session-video-link";
export * from "./client-schedule-scope";
export * from "./session-place";
