export { ForgotPasswordForm } from "./forgot-password-form";
export { GoToSignIn } from "./go-to-sign-in";
export { NewPasswordAdvice, PasswordFields } from "./password-fields";
export { ResetPasswordForm } from "./reset-password-form";
