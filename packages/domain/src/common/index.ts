export * from "./error-summary";
export * from "./range";
export * from "./refusal";
export * from "./text";
export * from "./phone";
