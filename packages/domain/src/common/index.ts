export * from "./range";
export * from "./refusal";
