export * from "./consent";
export * from "./consent-input";
export * from "./consent-wording";
export * from "./family-member";
export * from "./family-session";
export * from "./family-session-input";
export * from "./invitation-acceptance";
