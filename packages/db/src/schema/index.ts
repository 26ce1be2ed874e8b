export * from "./audit";
export * from "./enrollments";
export * from "./enums";
export * from "./people";
export * from "./programs";
export * from "./sessions";
export * from "./user-sessions";
