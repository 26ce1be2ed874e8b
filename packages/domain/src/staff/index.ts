export * from "./staff-permission";
export * from "./care-team";
export * from "./staff-home";
