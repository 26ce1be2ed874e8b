export * from "./plan-content";
export * from "./plan-signatures";
export * from "./plan-review";
export * from "./objective-progress";
export * from "./family-plan-view";
export * from "./plan-vocabulary";
export * from "./plan-board-flags";
