"use server";

import { type CheckInKeyInput, checkInKeySchema, errorLogSummary } from "@stepwise/domain";
import { textFields } from "@stepwise/ui/form-state";
import { trpcErrorCode } from "@stepwise/ui/trpc-server";
import { TRPCError } from "@trpc/server";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { type CheckInAnswers, type CheckInFormState, checkInPath } from "~/components/check-ins/check-in-state";
import { env } from "~/env";
import { checkInResultCookie, sealResult } from "~/lib/check-in-result";
import { portalCaller } from "~/server/caller";
import { getSignedInUser } from "~/server/context";

const answerPrefix = "answer.";

/** The choices picked, by question id: each radio group is named `answer.<question id>`. */
function answersOf(form: FormData): CheckInAnswers {
  const answers: CheckInAnswers = {};
  for (const [name, value] of form.entries()) {
    if (!name.startsWith(answerPrefix) || typeof value !== "string" || value === "") continue;
    const score = Number(value);
    // Anything else than a whole number is left for the schema to name, as a question not answered.
    if (Number.isInteger(score)) answers[name.slice(answerPrefix.length)] = score;
  }
  return answers;
}

/** Each question the API named, with its own message ("Please answer question 5."). */
function questionErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof TRPCError) || !(error.cause instanceof z.ZodError)) return {};
  const errors: Record<string, string> = {};
  for (const issue of error.cause.issues) {
    const [field, questionId] = issue.path;
    if (field === "answers" && typeof questionId === "string") errors[questionId] ??= issue.message;
  }
  return errors;
}

function refused(message: string, answers: CheckInAnswers, questionErrors: Record<string, string> = {}): CheckInFormState {
  return { status: "refused", message, questionErrors, answers };
}

/** A refusal in plain words: the API's own for a check-in sent or closed, a generic one for anything unexpected. */
function refusalOf(error: unknown, answers: CheckInAnswers): CheckInFormState {
  const code = trpcErrorCode(error);
  if (code === "BAD_REQUEST") {
    const questionErrors = questionErrorsOf(error);
    const count = Object.keys(questionErrors).length;
    const lead = count === 1 ? "One question still needs an answer." : `${count} questions still need an answer.`;
    const kept = Object.keys(answers).length > 0 ? " Your other answers are kept." : "";
    return refused(count > 0 ? `${lead}${kept}` : "Please check your answers.", answers, questionErrors);
  }
  if (code === "CONFLICT" && error instanceof TRPCError) return refused(error.message, answers);
  if (code === "NOT_FOUND") return refused("This check-in isn't open any more. Your care team will send the next one.", answers);
  console.error("[check-ins] action failed:", errorLogSummary(error));
  return refused("Something went wrong on our side. Your answers are still here: please try again.", answers);
}

/**
 * The check-in form's one action, for both its buttons (the check-in named by its hidden fields): "Save and finish later" keeps the answers
 * so far; "Send" sends them all and goes on to the result page. A plain form post, so it works
 * before any script has loaded.
 */
export async function checkInAction(_previous: CheckInFormState, form: FormData): Promise<CheckInFormState> {
  const answers = answersOf(form);
  // Which check-in: the form's own hidden fields, checked again by the API against the client's open ones.
  const fields = textFields(form);
  const parsed = checkInKeySchema.safeParse({ instrument: fields.instrument, occasion: fields.occasion, dueOn: fields.dueOn });
  if (!parsed.success) return refused("This check-in isn't open any more. Your care team will send the next one.", answers);
  const key: CheckInKeyInput = parsed.data;
  const caller = await portalCaller();
  if (form.get("intent") === "save") {
    try {
      const { saved } = await caller.checkIns.saveDraft({ ...key, answers });
      const kept = saved === 1 ? "Your answer is saved." : `Your ${saved} answers are saved.`;
      return { status: "saved", message: `${kept} You can come back and finish any time while this check-in is open.`, questionErrors: {}, answers };
    } catch (error) {
      return refusalOf(error, answers);
    }
  }
  let result;
  try {
    result = await caller.checkIns.submit({ ...key, answers });
  } catch (error) {
    return refusalOf(error, answers);
  }
  const user = await getSignedInUser();
  (await cookies()).set(checkInResultCookie, sealResult(result, key, user?.userId ?? ""), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().NEXTAUTH_URL?.startsWith("https:") ?? false,
    path: "/check-ins",
    maxAge: 10 * 60,
  });
  revalidatePath("/");
  redirect(`${checkInPath(key)}/sent`);
}
