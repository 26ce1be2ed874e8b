export * from "./audit";
export * from "./enrollments";
export * from "./enums";
export * from "./people";
export * from "./programs";
export * from "./program-sessions";
export * from "./user-sessions";
export * from "./family";
