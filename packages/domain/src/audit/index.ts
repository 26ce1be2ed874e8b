export * from "./audit-actions";
export * from "./audit-csv";
export * from "./audit-search";
export * from "./disclosure-wording";
