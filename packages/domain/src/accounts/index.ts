export * from "./account";
export * from "./rate-limits";
