export * from "./client-names";
export * from "./client-search";
export * from "./client-wording";
export * from "./plan-wording";
export * from "./client-contact";
