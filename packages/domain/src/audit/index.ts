export * from "./audit-actions";
export * from "./audit-cursor";
export * from "./audit-csv";
export * from "./audit-search";
export * from "./audit-words";
export * from "./disclosure-wording";
