export { signInMessages } from "./messages";
export { SignInCard } from "./sign-in-card";
export { SignInForm, type SignInMessages } from "./sign-in-form";
export { signInParams, type SignInParams } from "./sign-in-params";
