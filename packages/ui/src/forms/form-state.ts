import { TRPCError } from "@trpc/server";
import { z } from "zod";

/**
 * What a server action answers a form with. Actions never throw at the form: a refusal becomes
 * plain words (and, for invalid input, the message of each field), and the page stays as typed.
 */
export type FormState = {
  status: "idle" | "ok" | "error";
  message: string | null;
  fieldErrors: Record<string, string[] | undefined>;
};

export const initialFormState: FormState = { status: "idle", message: null, fieldErrors: {} };

export function formSucceeded(message: string): FormState {
  return { status: "ok", message, fieldErrors: {} };
}

export function formFailed(message: string, fieldErrors: FormState["fieldErrors"] = {}): FormState {
  return { status: "error", message, fieldErrors };
}

/**
 * Maps what a procedure threw to the form's state. The API's refusals already speak plainly;
 * invalid input names its fields; anything unexpected is logged here and answered generically,
 * so no SQL or stack trace reaches the screen.
 */
export function formStateFromError(error: unknown): FormState {
  if (error instanceof TRPCError) {
    if (error.code === "BAD_REQUEST" && error.cause instanceof z.ZodError) {
      return formFailed("Please check the highlighted fields.", z.flattenError(error.cause).fieldErrors);
    }
    if (error.code !== "INTERNAL_SERVER_ERROR") return formFailed(error.message);
  }
  console.error("[form] action failed:", error);
  return formFailed("Something went wrong on our side. Please try again.");
}

/** The text fields of a submitted form, trimmed; empty fields become undefined. */
export function textFields(form: FormData): Record<string, string | undefined> {
  const fields: Record<string, string | undefined> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") continue;
    const trimmed = value.trim();
    fields[name] = trimmed === "" ? undefined : trimmed;
  }
  return fields;
}
