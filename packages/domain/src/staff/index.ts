export * from "./staff-permission";
export * from "./care-team";
