export * from "./center-settings";
export * from "./program-address";
