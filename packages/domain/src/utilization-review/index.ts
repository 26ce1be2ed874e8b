export * from "./authorization";
