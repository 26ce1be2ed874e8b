export * from "./care-level";
export * from "./care-level-definitions";
export * from "./track";
export * from "./level-change";
export * from "./recertification";
