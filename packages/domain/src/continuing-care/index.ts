export * from "./discharge-plan";
export * from "./continuing-care-wording";
export * from "./crisis-resources";
